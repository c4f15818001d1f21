import { checkRules, type Explain } from '../policy/check-rules.ts';
import { fittedLength, generatorBits } from '../policy/generate.ts';
import type { PageLimits } from '../policy/page-limits.ts';
import type { Verdict } from '../policy/types.ts';
import { UDI_POLICY } from '../policy/udi-policy.ts';
import type { Message } from '../shared/message-key.ts';
import type { StrengthVerdict } from '../strength/estimate.ts';
import type { Arrival } from './watch-field.ts';

/**
 * The state of the check under one new-password field and its transitions: pure, so every transition is
 * unit-tested without a browser (test/content/check-state.test.ts). The DOM shell (mount-password-check.ts)
 * turns what happens on the page into events and renders what `view` derives. The value lives only here,
 * in memory: never in the DOM, storage, console or a message.
 */
export interface CheckState {
  readonly value: string;
  readonly verdict: Verdict;
  /** How the current value got into the field. */
  readonly arrival: Arrival | undefined;
  /** Left once with a value, or filled by anything but typing: unmet rules turn to error styling. */
  readonly touched: boolean;
  /** The last attempt to go on: was the page's own button switched on? */
  readonly submit: 'enabled' | 'disabled' | undefined;
  /** The applicant hid the check (Escape, close button) until the field is focused again. */
  readonly dismissed: boolean;
  /** An activation was refused because the page hid, faded or covered the check: hidden until focus. */
  readonly obscured: boolean;
  readonly showCharacters: boolean;
  /** The confirmation field's value, while one is linked. */
  readonly confirm: string | undefined;
  /** The field's own declared limits (page-limits.ts), also when a Generate found none of them fit. */
  readonly limits: PageLimits | undefined;
  /** Generate found no password both UDI and this page accept. */
  readonly noFit: boolean;
  /** For the polite live region: said on a pause in typing or on blur, not per keystroke. */
  readonly status: Message | undefined;
  /** The explanation engine, once injected (parts.ts): until then `verdict.refused` is empty. */
  readonly explain: Explain | undefined;
  /** How easy the current value is to guess, once estimated (only ever for a value UDI accepts). */
  readonly strength: StrengthVerdict | undefined;
}

export type CheckEvent =
  | { type: 'value'; value: string; arrival: Arrival }
  | { type: 'focus' }
  | { type: 'blur' }
  | { type: 'announce' }
  | { type: 'dismiss' }
  | { type: 'obscured' }
  | { type: 'submit'; button: 'enabled' | 'disabled' }
  | { type: 'toggle-characters' }
  | { type: 'confirm'; value: string | undefined }
  | { type: 'limits'; limits: PageLimits | undefined }
  | { type: 'no-fit' }
  | { type: 'explain'; explain: Explain }
  /** An estimate arrives for `value`; one for an earlier value is dropped. */
  | { type: 'strength'; value: string; verdict: StrengthVerdict };

/** What a mount under a re-rendered copy of the field takes over (only when the copy holds the same value). */
export type Handover = Pick<CheckState, 'value' | 'arrival' | 'touched' | 'showCharacters'>;

/** A 1 MB paste still gets its verdict, without a million refused-character objects to render. */
const MAX_REFUSED_SHOWN = 200;

const verdictOf = (value: string, limits: PageLimits | undefined, explain: Explain | undefined) =>
  checkRules(value, UDI_POLICY, { maxRefused: MAX_REFUSED_SHOWN, page: limits }, explain);

export function initialState(
  value: string,
  limits?: PageLimits,
  inherit?: Handover,
  explain?: Explain,
): CheckState {
  const inherited = inherit?.value === value ? inherit : undefined;
  return {
    value,
    verdict: verdictOf(value, limits, explain),
    arrival: inherited?.arrival,
    touched: inherited?.touched ?? false,
    submit: undefined,
    dismissed: false,
    obscured: false,
    showCharacters: inherited?.showCharacters ?? false,
    confirm: undefined,
    limits,
    noFit: false,
    status: undefined,
    explain,
    strength: undefined,
  };
}

export function reduce(state: CheckState, event: CheckEvent): CheckState {
  switch (event.type) {
    case 'value':
      return {
        ...state,
        value: event.value,
        arrival: event.arrival,
        verdict: verdictOf(event.value, state.limits, state.explain),
        touched: state.touched || event.arrival !== 'typed',
        strength: event.value === state.value ? state.strength : undefined,
      };
    case 'focus':
      return { ...state, dismissed: false, obscured: false };
    case 'blur':
      return { ...reduce(state, { type: 'announce' }), touched: state.touched || state.value !== '' };
    case 'announce':
      return { ...state, status: statusOf(state.verdict) };
    case 'dismiss':
      return { ...state, dismissed: true };
    case 'obscured':
      return { ...state, obscured: true };
    case 'submit':
      return { ...state, submit: event.button };
    case 'toggle-characters':
      return { ...state, showCharacters: !state.showCharacters };
    case 'confirm':
      return { ...state, confirm: event.value };
    case 'limits':
      return {
        ...state,
        limits: event.limits,
        noFit: false,
        verdict: verdictOf(state.value, event.limits, state.explain),
      };
    case 'no-fit':
      return { ...state, noFit: true };
    case 'explain':
      return {
        ...state,
        explain: event.explain,
        verdict: verdictOf(state.value, state.limits, event.explain),
      };
    case 'strength':
      return event.value === state.value ? { ...state, strength: event.verdict } : state;
  }
}

function statusOf(verdict: Verdict): Message {
  if (verdict.ok) return { key: 'overlay_ok' };
  const met = verdict.rules.filter((rule) => rule.ok).length;
  return { key: 'overlay_status_progress', params: [String(met), String(verdict.rules.length)] };
}

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

/** Known from the rules alone, before the explanation engine says which characters they are. */
export const hasRefused = (verdict: Verdict): boolean =>
  verdict.rules.some((rule) => rule.id === 'allowed-characters' && !rule.ok);

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
/** Whether to ask how easy the current value is to guess: UDI and the page accept it, and it is not known yet. */
export const wantsStrength = (state: CheckState): boolean => state.verdict.ok && state.strength === undefined;

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
