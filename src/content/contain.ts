import { rootElementOf } from './safe-dom.ts';

/**
 * Contains a failure where it happens: one odd element, shadow root, form or mount that throws must not
 * stop the rest, and the page never sees an exception of ours. The shipped build stays quiet. The test
 * build (`__TEST__`) counts every caught error on the document element (`data-udi-helper-errors`, with the
 * last message in `data-udi-helper-error`), and the e2e harness fails any test after which one is there.
 */
export function contain(work: () => void): void;
export function contain<T>(work: () => T, fallback: T): T;
export function contain<T>(work: () => T, fallback?: T): T | undefined {
  try {
    return work();
  } catch (error) {
    report(error);
    return fallback;
  }
}

/** A listener that cannot throw into the page's event dispatch. */
export const contained =
  <E extends Event>(listener: (event: E) => void) =>
  (event: E): void =>
    contain(() => listener(event));

export function report(error: unknown): void {
  if (!__TEST__) return;
  try {
    const root = rootElementOf(document);
    if (!root) return;
    const count = Number(root.getAttribute(ERRORS)) || 0;
    root.setAttribute(ERRORS, String(count + 1));
    root.setAttribute(LAST_ERROR, String(error instanceof Error ? error.stack || error.message : error));
  } catch {
    // Reporting must never become the failure.
  }
}

const ERRORS = 'data-udi-helper-errors';
const LAST_ERROR = 'data-udi-helper-error';
