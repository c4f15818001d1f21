import { contained } from '../contain.ts';
import { watchField } from './watch-field.ts';

/**
 * The confirmation field linked to a new-password field: followed until it is replaced (a re-render) or
 * unlinked. `onValue` gets its value (undefined once unlinked), `onBlur` its blur (the mismatch flag waits
 * for it while the applicant is still typing there).
 */
export interface ConfirmLink {
  readonly field: HTMLInputElement | undefined;
  /** Links `next` (or nothing); false when it was linked already. */
  set(next: HTMLInputElement | undefined): boolean;
}

export function linkConfirm(
  signal: AbortSignal,
  onValue: (value: string | undefined) => void,
  onBlur: () => void,
): ConfirmLink {
  let field: HTMLInputElement | undefined;
  let watch: AbortController | undefined;
  signal.addEventListener('abort', () => watch?.abort(), { once: true });
  return {
    get field() {
      return field;
    },
    set(next) {
      if (next === field || signal.aborted) return false;
      watch?.abort();
      field = next;
      if (next) {
        watch = new AbortController();
        const both = AbortSignal.any([signal, watch.signal]);
        watchField(next, both, (value) => onValue(value));
        next.addEventListener('blur', contained(onBlur), { passive: true, signal: both });
      }
      onValue(next?.value);
      return true;
    },
  };
}
