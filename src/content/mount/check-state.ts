import { checkRules, type Explain } from '../../policy/check-rules.ts';
import type { PageLimits } from '../../policy/page-limits.ts';
import type { Verdict } from '../../policy/types.ts';
import { UDI_POLICY } from '../../policy/udi-policy.ts';
import type { Message } from '../../shared/message-key.ts';
import type { StrengthVerdict } from '../../strength/estimate.ts';
import type { Arrival } from './watch-field.ts';

/**
 * The state of the check under one new-password field and its transitions: pure, so every transition is
 * unit-tested without a browser (test/content/mount/check-state.test.ts). The DOM shell (mount-password-check.ts)
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

/** Whether to ask how easy the current value is to guess: UDI and the page accept it, and it is not known yet. */
export const wantsStrength = (state: CheckState): boolean => state.verdict.ok && state.strength === undefined;
