import { render } from 'preact';
import { generateWithin } from '../../policy/generate.ts';
import { mergeLimits } from '../../policy/page-limits.ts';
import { contain, contained } from '../contain.ts';
import { checkParts } from './check-parts.ts';
import { renderCheck } from './check-render.ts';
import { type CheckEvent, type Handover, initialState, reduce } from './check-state.ts';
import { view } from './check-view.ts';
import { linkConfirm } from './confirm-link.ts';
import {
  addPasswordRules,
  declaredLimits,
  fillable,
  isFocused,
  isShown,
  LIMIT_ATTRIBUTES,
  limitsOf,
  notePassword,
  personalInputs,
} from './field-facts.ts';
import { fillField } from './fill-field.ts';
import { guardActivation } from './overlay/guard-activation.ts';
import { guardHosts } from './overlay/guard-host.ts';
import { createHost } from './overlay/host.ts';
import { OVERLAY_CSS } from './overlay/styles.ts';
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

/**
 * The DOM shell of the check under one new-password field and the mismatch flag under its confirmation:
 * turns what happens on the page into check-state.ts events and renders what it derives. Over 200 lines
 * on purpose: it is the one place where the page's events meet the pure state, a few lines per event, and
 * read together they show every way a value can arrive; what could stand alone already does (check-parts,
 * check-render, confirm-link, field-facts, submit-attempt, watch-field).
 */
export function mountPasswordCheck(field: HTMLInputElement, options: MountOptions): PasswordCheckMount {
  // Our own end besides the caller's: a page that keeps removing or restyling the hosts makes us leave.
  const leave = new AbortController();
  const signal = AbortSignal.any([options.signal, leave.signal]);
  const host = createHost('password-check', OVERLAY_CSS);
  const confirmHost = createHost('password-confirm', OVERLAY_CSS);
  let state = initialState(field.value, limitsOf(field), options.inherit);
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  // The explanations and the strength estimator are parts of their own, asked for when first needed.
  const parts = checkParts({
    signal,
    state: () => state,
    dispatch: (event) => dispatch(event),
    personal: () => personalInputs(options.scope, field),
  });
  const dispatch = (event: CheckEvent) => {
    state = reduce(state, event);
    update();
    parts.after();
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
    renderCheck(host, confirmHost, state, derived, {
      onToggleCharacters: () => dispatch({ type: 'toggle-characters' }),
      onGenerate: generate,
      onDismiss: dismiss,
    });
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
      statusTimer = setTimeout(() => contain(() => dispatch({ type: 'announce' })), STATUS_PAUSE_MS);
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
  const resize = new ResizeObserver(() => contain(update));
  resize.observe(field);
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
    }),
  );
  watchAttributes(field);
  let declared = declaredLimits([field]);
  const readLimits = () => {
    const now = declaredLimits([field, confirm.field]);
    if (now === declared) return;
    declared = now;
    dispatch({
      type: 'limits',
      limits: mergeLimits(limitsOf(field), confirm.field && limitsOf(confirm.field)),
    });
  };
  signal.addEventListener('abort', () => {
    resize.disconnect();
    limits.disconnect();
    clearTimeout(statusTimer);
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
  parts.after();

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
