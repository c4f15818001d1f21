import type { ComponentChildren } from 'preact';
import { tm } from '../shared/i18n.ts';
import type { Message } from '../shared/message-key.ts';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: Message | undefined;
  /** The control; give it `id`, and `aria-describedby={describedBy(id, …)}` and `aria-invalid`. */
  children: ComponentChildren;
}

/** A labelled form control with an optional hint and error, linked by aria-describedby. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p class="error" id={`${id}-error`}>
          {tm(error)}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, hint: boolean, error: unknown): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
