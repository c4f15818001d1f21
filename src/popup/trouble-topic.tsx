import type { ComponentChildren } from 'preact';

/** One troubleshooting question that opens to its answer (native <details>: keyboard and screen readers). */
export function TroubleTopic({
  id,
  summary,
  children,
}: {
  id: string;
  summary: string;
  children: ComponentChildren;
}) {
  return (
    <details class="topic" data-topic={id}>
      <summary>{summary}</summary>
      <div class="topic-body">{children}</div>
    </details>
  );
}
