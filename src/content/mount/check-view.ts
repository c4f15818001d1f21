import { hasRefused } from '../../policy/check-rules.ts';
import { fittedLength, generatorBits } from '../../policy/generate.ts';
import type { CheckState } from './check-state.ts';

/**
 * What the check shows, derived from its state (check-state.ts) and what the shell reads off the page:
 * pure, unit-tested with the state (test/content/mount/check-state.test.ts).
 */

/**
 * The test contract's `data-verdict`: `page-refused` when UDI's own rules hold but the page's limits
 * (length, pattern) refuse the password.
 */
export type VerdictName = 'empty' | 'incomplete' | 'refused' | 'page-refused' | 'ok';

export function verdictName({ verdict }: CheckState): VerdictName {
  if (verdict.length === 0) return 'empty';
  if (verdict.ok) return 'ok';
  if (hasRefused(verdict)) return 'refused';
  return verdict.rules.every((rule) => rule.ok || rule.id.startsWith('page-'))
    ? 'page-refused'
    : 'incomplete';
}

export type Alert = 'filled' | 'submit' | 'disabled';

/**
 * The strongest thing to say: a refused password the applicant did not type (paste, manager, script),
 * then a submit that went nowhere because of the password, then a press on the page's switched-off button.
 */
export function alertOf(state: CheckState): Alert | undefined {
  const { verdict, arrival, submit } = state;
  if (!verdict.ok && verdict.length > 0) {
    if (arrival !== undefined && arrival !== 'typed' && arrival !== 'generated') return 'filled';
    if (submit) return 'submit';
  }
  return submit === 'disabled' ? 'disabled' : undefined;
}

export function mismatch(state: CheckState): boolean {
  return state.confirm !== undefined && state.confirm !== '' && state.confirm !== state.value;
}

/** What the shell reads off the page for `view`: focus and whether the fields have a box. */
export interface Surroundings {
  focused: boolean;
  shown: boolean;
  confirmLinked: boolean;
  confirmFocused: boolean;
  confirmShown: boolean;
  /** The applicant's length setting. */
  setting: number;
  /** The field is, or was, a password field: Generate never fills one that shows what is typed. */
  fillable: boolean;
}

/** What Generate would make here, or why it makes nothing. */
export type GeneratorView =
  | {
      length: number;
      bits: number;
      /** The page's maximum, when it made the password shorter than the setting. */
      capped: number | undefined;
    }
  /** The page's own limits leave no password UDI accepts. */
  | 'none-fits'
  /** The field shows what is typed in clear: we never fill a password into it. */
  | 'clear-text';

/** Everything the shell renders, derived. */
export function view(state: CheckState, around: Surroundings) {
  const name = verdictName(state);
  const attempted = state.submit !== undefined;
  const mismatched = mismatch(state);
  const length = state.noFit ? undefined : fittedLength(around.setting, state.limits);
  const generator: GeneratorView = !around.fillable
    ? 'clear-text'
    : length === undefined
      ? 'none-fits'
      : { length, bits: generatorBits(length), capped: length < around.setting ? length : undefined };
  return {
    verdict: name,
    alert: alertOf(state),
    mismatch: mismatched,
    hidden:
      state.dismissed ||
      state.obscured ||
      !around.shown ||
      (name === 'empty' && !around.focused && !attempted),
    confirmHidden: !around.confirmLinked || !around.confirmShown,
    touched: state.touched || attempted,
    showMismatch: mismatched && (state.touched || attempted || !around.confirmFocused),
    generator,
    /** The page's own words about the rule that refuses the password, if it has any. */
    pageTitle: name === 'page-refused' ? state.limits?.title : undefined,
    /** Said only of a password UDI and the page accept: "hard to guess" is never said of a refused one. */
    strength: name === 'ok' ? state.strength : undefined,
  };
}

export type CheckView = ReturnType<typeof view>;
