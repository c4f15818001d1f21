import { h, render } from 'preact';
import { generateWithin } from '../policy/generate.ts';
import { mergeLimits, type PageLimits, readPageLimits } from '../policy/page-limits.ts';
import { UDI_PASSWORD_RULES } from '../policy/password-rules.ts';
import { tm } from '../shared/i18n.ts';
import {
  type CheckEvent,
  type Handover,
  hasRefused,
  initialState,
  reduce,
  view,
  wantsStrength,
} from './check-state.ts';
import { linkConfirm } from './confirm-link.ts';
import { contain, contained } from './contain.ts';
import { writeContract } from './contract.ts';
import { fillField } from './fill-field.ts';
import { loadPart } from './load-part.ts';
import { guardActivation } from './overlay/guard-activation.ts';
import { guardHosts } from './overlay/guard-host.ts';
import { createHost, localizeHost } from './overlay/host.ts';
import { ConfirmCheck, PasswordCheck } from './overlay/password-check.tsx';
import { OVERLAY_CSS } from './overlay/styles.ts';
import type { EstimateStrength } from './parts.ts';
import { activeOf, attrOf, hasAttr, queryAll } from './safe-dom.ts';
import { onSubmitAttempt } from './submit-attempt.ts';
import { watchField } from './watch-field.ts';

export interface PasswordCheckMount {
  /** Links (or re-links, after a re-render) the confirmation field. */
  setConfirm(field: HTMLInputElement | undefined): void;
  /** Puts the hosts back below their fields if the page moved or removed them. */
  restore(): void;
  /** What a successor mount needs when the page replaces this field with a copy (see MountOptions.inherit). */
  handover(): Handover;
}

export interface MountOptions {
  scope: Element | Document | ShadowRoot;
  /** The length setting, already checked to be within GENERATOR_LENGTH (preferences.ts). */
  generatorLength: () => number;
  signal: AbortSignal;
  /**
   * The state of the mount under the field this one replaces: a framework that rebuilds its form on every
   * keystroke hands us a new field holding what the applicant just typed, which is not a manager's fill.
   * Used only if the new field holds the same value.
   */
  inherit?: Handover | undefined;
}

const STATUS_PAUSE_MS = 900;
/** The attributes a page declares its own password limits in (page-limits.ts). */
const LIMIT_ATTRIBUTES = ['minlength', 'maxlength', 'pattern', 'title'];

/**
 * Fields we have seen as `type=password`. Generate fills a field only if it is one of them: a text field
 * that only says `autocomplete=new-password` would show the password in clear, while a password field a
 * show-password toggle turned to text is the applicant's own choice.
 */
const seenAsPassword = new WeakSet<HTMLInputElement>();
const notePassword = (field: HTMLInputElement) => {
  if (field.type === 'password') seenAsPassword.add(field);
};
const fillable = (field: HTMLInputElement) => seenAsPassword.has(field);

/**
 * The DOM shell of the check under one new-password field and the mismatch flag under its confirmation:
 * turns what happens on the page into check-state.ts events and renders what it derives.
 */
export function mountPasswordCheck(field: HTMLInputElement, options: MountOptions): PasswordCheckMount {
  // Our own end besides the caller's: a page that keeps removing or restyling the hosts makes us leave.
  const leave = new AbortController();
  const signal = AbortSignal.any([options.signal, leave.signal]);
  const host = createHost('password-check', OVERLAY_CSS);
  const confirmHost = createHost('password-confirm', OVERLAY_CSS);
  let state = initialState(field.value, limitsOf(field), options.inherit);
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  let explaining = false;
  // The explanations come the first time a refused character does (parts.ts); the verdict does not wait.
  const explainIfNeeded = () => {
    if (explaining || !hasRefused(state.verdict)) return;
    explaining = true;
    loadPart('explain').then((explain) => explain && dispatch({ type: 'explain', explain }));
  };
  // How easy an accepted password is to guess: the estimator is injected after the first input (never on
  // page load), and each estimate runs after the keystroke's render, for the latest value only.
  let estimate: EstimateStrength | undefined;
  let estimating: ReturnType<typeof setTimeout> | undefined;
  const estimateIfNeeded = () => {
    if (!estimate || !wantsStrength(state) || estimating !== undefined) return;
    estimating = setTimeout(() => {
      estimating = undefined;
      if (signal.aborted || !estimate || !wantsStrength(state)) return;
      const value = state.value;
      const verdict = contain(() => estimate?.(value, personalInputs(options.scope, field)), undefined);
      if (verdict) dispatch({ type: 'strength', value, verdict });
    }, 0);
  };
  let strengthAsked = false;
  const askStrength = () => {
    if (strengthAsked) return;
    strengthAsked = true;
    loadPart('strength').then((loaded) => {
      estimate = loaded;
      estimateIfNeeded();
    });
  };
  const dispatch = (event: CheckEvent) => {
    state = reduce(state, event);
    update();
    explainIfNeeded();
    if (event.type === 'value') askStrength();
    estimateIfNeeded();
  };

  const update = () => {
    if (signal.aborted) return;
    const other = confirm.field;
    const derived = view(state, {
      focused: isFocused(field),
      shown: isShown(field),
      confirmLinked: other !== undefined,
      confirmFocused: isFocused(other),
      confirmShown: other !== undefined && isShown(other),
      setting: options.generatorLength(),
      fillable: fillable(field),
    });
    writeContract(host, confirmHost, derived, state.obscured);
    localizeHost(host);
    localizeHost(confirmHost);
    host.element.hidden = derived.hidden;
    render(
      h(PasswordCheck, {
        verdict: state.verdict,
        view: derived,
        submit: state.submit,
        generated: state.arrival === 'generated',
        showCharacters: state.showCharacters,
        status: state.status ? tm(state.status) : '',
        onToggleCharacters: () => dispatch({ type: 'toggle-characters' }),
        onGenerate: generate,
        onDismiss: dismiss,
      }),
      host.container,
    );
    confirmHost.element.hidden = derived.confirmHidden;
    render(h(ConfirmCheck, { mismatch: derived.showMismatch }), confirmHost.container);
  };

  const dismiss = () => {
    // Focus first: the field's focus listener brings the check back, which must not undo this dismissal.
    field.focus();
    dispatch({ type: 'dismiss' });
  };

  const generate = () => {
    if (!fillable(field)) return;
    const password = generateWithin(options.generatorLength(), state.limits);
    if (password === undefined) return dispatch({ type: 'no-fit' });
    watch.adopt(password);
    fillField(field, password);
    dispatch({ type: 'value', value: password, arrival: 'generated' });
    if (confirm.field && fillable(confirm.field)) fillField(confirm.field, password);
  };

  const watch = watchField(
    field,
    signal,
    (value, arrival) => {
      clearTimeout(statusTimer);
      statusTimer = setTimeout(
        () => contain(() => dispatch({ type: 'announce' }), undefined),
        STATUS_PAUSE_MS,
      );
      dispatch({ type: 'value', value, arrival });
    },
    options.inherit?.value === field.value ? options.inherit.arrival : undefined,
  );

  const confirm = linkConfirm(
    signal,
    (value) => dispatch({ type: 'confirm', value }),
    () => update(),
  );

  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, contained(listener), { passive: true, signal });
  on(field, 'focus', () => dispatch({ type: 'focus' }));
  on(field, 'blur', () => {
    clearTimeout(statusTimer);
    dispatch({ type: 'blur' });
  });
  // The applicant's own Escape only: a page script's synthetic one would hide us without spending the
  // tamper budget.
  const onEscape = (event: Event) => {
    if (event.isTrusted && (event as KeyboardEvent).key === 'Escape') dismiss();
  };
  on(field, 'keydown', onEscape);
  on(host.element, 'keydown', onEscape);
  // The field's box vanishes when the page hides its step (display: none): hide with it.
  const resize = new ResizeObserver(() => contain(update, undefined));
  resize.observe(field);
  // A page may declare or change its limits after building the field.
  // A page may declare or change its limits after building the field; a toggle changes its type.
  const watchAttributes = (target: HTMLInputElement) => {
    notePassword(target);
    limits.observe(target, { attributes: true, attributeFilter: [...LIMIT_ATTRIBUTES, 'type'] });
  };
  const limits = new MutationObserver((records) =>
    contain(() => {
      for (const record of records) notePassword(record.target as HTMLInputElement);
      readLimits();
      update();
    }, undefined),
  );
  watchAttributes(field);
  const readLimits = () => {
    const next = mergeLimits(limitsOf(field), confirm.field && limitsOf(confirm.field));
    if (!sameLimits(next, state.limits)) dispatch({ type: 'limits', limits: next });
  };
  signal.addEventListener('abort', () => {
    resize.disconnect();
    limits.disconnect();
    clearTimeout(statusTimer);
    clearTimeout(estimating);
    render(null, host.container);
    render(null, confirmHost.container);
    host.element.remove();
    confirmHost.element.remove();
  });

  onSubmitAttempt(options.scope, field, signal, (button) => dispatch({ type: 'submit', button }));
  guardActivation(host, signal, () => dispatch({ type: 'obscured' }));
  const guard = guardHosts(
    [
      { host, field: () => field },
      { host: confirmHost, field: () => confirm.field },
    ],
    signal,
    () => leave.abort(),
  );
  addPasswordRules(field);
  guard.restore();
  update();
  explainIfNeeded();

  return {
    setConfirm(next) {
      if (!confirm.set(next)) return;
      if (next) {
        addPasswordRules(next);
        watchAttributes(next);
      } else confirmHost.element.remove();
      readLimits();
      guard.restore();
      update();
    },
    restore: () => guard.restore(),
    handover: () => ({
      value: state.value,
      arrival: state.arrival,
      touched: state.touched,
      showCharacters: state.showCharacters,
    }),
  };
}

/** The applicant's own words on the form (email, names): a password made of them is easy to guess. */
const PERSONAL_FIELDS =
  'input[type="email"], input[autocomplete~="email"], input[autocomplete~="username"], input[autocomplete~="given-name"], input[autocomplete~="family-name"], #email, #givenName, #surname';

function personalInputs(scope: Element | Document | ShadowRoot, field: HTMLInputElement): string[] {
  const root = field.form ?? scope;
  return [...queryAll<HTMLInputElement>(root, PERSONAL_FIELDS)]
    .map((input) => input.value)
    .filter((value) => value !== '' && value !== field.value)
    .slice(0, 8);
}

function limitsOf(field: HTMLInputElement): PageLimits | undefined {
  const [minlength, maxlength, pattern, title] = LIMIT_ATTRIBUTES.map((name) => attrOf(field, name));
  return readPageLimits({
    minlength: minlength ?? null,
    maxlength: maxlength ?? null,
    pattern: pattern ?? null,
    title: title ?? null,
  });
}

/** Limits are recompiled on every attribute change; the same declared values mean the same limits. */
function sameLimits(a: PageLimits | undefined, b: PageLimits | undefined): boolean {
  return (
    a?.minLength === b?.minLength &&
    a?.maxLength === b?.maxLength &&
    a?.title === b?.title &&
    (a?.pattern === undefined) === (b?.pattern === undefined)
  );
}

/**
 * Tells managers that read it (Safari, 1Password) what to generate, without overriding the page's own.
 * Nothing else is written to the page's field: an `autocomplete` of ours would turn our guess into evidence
 * for the next classification and could switch off the browser's own autofill.
 */
function addPasswordRules(field: HTMLInputElement): void {
  if (!hasAttr(field, 'passwordrules')) field.setAttribute('passwordrules', UDI_PASSWORD_RULES);
}

function isFocused(field: HTMLInputElement | undefined): boolean {
  return field !== undefined && activeOf(field.getRootNode() as Document | ShadowRoot) === field;
}

function isShown(field: HTMLElement): boolean {
  return field.getClientRects().length > 0;
}
