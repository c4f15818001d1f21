import { h, render } from 'preact';
// Policy modules one by one, not index.ts: it also re-exports the zod schema, which the content script
// must not carry.
import { checkPassword } from '../policy/check.ts';
import { generatePassword, generatorBits } from '../policy/generate.ts';
import { UDI_PASSWORD_RULES } from '../policy/password-rules.ts';
import type { Verdict } from '../policy/types.ts';
import { UDI_POLICY } from '../policy/udi-policy.ts';
import { t } from '../shared/i18n.ts';
import { contain, contained } from './contain.ts';
import { fillField } from './fill-field.ts';
import { guardActivation } from './overlay/guard-activation.ts';
import { guardHosts } from './overlay/guard-host.ts';
import { createHost, localizeHost } from './overlay/host.ts';
import { alertFor, ConfirmCheck, PasswordCheck } from './overlay/password-check.tsx';
import { OVERLAY_CSS } from './overlay/styles.ts';
import { activeOf } from './safe-dom.ts';
import { onSubmitAttempt } from './submit-attempt.ts';
import { type Arrival, type FieldWatch, watchField } from './watch-field.ts';

export interface PasswordCheckMount {
  /** Links (or re-links, after a re-render) the confirmation field. */
  setConfirm(field: HTMLInputElement | undefined): void;
  /** Puts the hosts back below their fields if the page moved or removed them. */
  replace(): void;
  /** What a successor mount needs when the page replaces this field with a copy (see MountOptions.inherit). */
  handover(): Handover;
}

/** Held in memory between two mounts of one scan only; the value is compared, never written anywhere. */
export interface Handover {
  value: string;
  arrival: Arrival | undefined;
  touched: boolean;
  showCharacters: boolean;
}

export interface MountOptions {
  scope: Element | Document | ShadowRoot;
  /** From the settings, already checked to be within GENERATOR_LENGTH (preferences.ts). */
  generatorLength: () => number;
  signal: AbortSignal;
  /**
   * The state of the mount under the field this one replaces: a framework that rebuilds its form on every
   * keystroke hands us a new field holding what the applicant just typed, which is not a manager's fill.
   * Used only if the new field holds the same value.
   */
  inherit?: Handover;
}

const STATUS_PAUSE_MS = 900;

/**
 * The live rule check under one new-password field, and the mismatch flag under its confirmation.
 * Holds the value only in this closure: it is never written to the DOM, storage, console or messages;
 * the host exposes only the verdict's state (`data-verdict`, `data-mismatch`) for tests and styling.
 */
export function mountPasswordCheck(field: HTMLInputElement, options: MountOptions): PasswordCheckMount {
  // Our own end besides the caller's: a page that keeps removing or restyling the hosts makes us leave.
  const leave = new AbortController();
  const signal = AbortSignal.any([options.signal, leave.signal]);
  const host = createHost('password-check', OVERLAY_CSS);
  const confirmHost = createHost('password-confirm', OVERLAY_CSS);
  let value = field.value;
  let verdict: Verdict = check(value);
  const inherited = options.inherit?.value === value ? options.inherit : undefined;
  let arrival: Arrival | undefined = inherited?.arrival;
  let confirmField: HTMLInputElement | undefined;
  let confirmWatch: AbortController | undefined;
  let confirmValue = '';
  let touched = inherited?.touched ?? false;
  let submitAttempted = false;
  let showCharacters = inherited?.showCharacters ?? false;
  let dismissed = false;
  /** An activation was refused because the page hid, faded or covered us: hidden until the next focus. */
  let obscured = false;
  let status = '';
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let watch: FieldWatch | undefined;

  addPasswordRules(field);

  const mismatch = () => confirmField !== undefined && confirmValue !== '' && confirmValue !== value;

  const announce = () => {
    const met = verdict.rules.filter((r) => r.ok).length;
    status = verdict.ok
      ? t('overlay_ok')
      : t('overlay_status_progress', String(met), String(verdict.rules.length));
    update();
  };

  const update = () => {
    if (signal.aborted) return;
    const state =
      verdict.length === 0 ? 'empty' : verdict.ok ? 'ok' : verdict.refused.length ? 'refused' : 'incomplete';
    const mismatched = mismatch();
    host.element.dataset.verdict = state;
    host.element.dataset.mismatch = String(mismatched);
    const alert = alertFor(verdict, arrival, submitAttempted);
    if (alert) host.element.dataset.alert = alert;
    else delete host.element.dataset.alert;
    confirmHost.element.dataset.mismatch = String(mismatched);
    if (obscured) host.element.dataset.guard = 'obscured';
    else delete host.element.dataset.guard;
    localizeHost(host);
    localizeHost(confirmHost);
    const focused = isFocused(field);
    host.element.hidden =
      dismissed || obscured || !isShown(field) || (state === 'empty' && !focused && !submitAttempted);
    render(
      h(PasswordCheck, {
        verdict,
        alert,
        touched: touched || submitAttempted,
        submitAttempted,
        generated: arrival === 'generated',
        showCharacters,
        generator: { length: options.generatorLength(), bits: generatorBits(options.generatorLength()) },
        status,
        onToggleCharacters: () => {
          showCharacters = !showCharacters;
          update();
        },
        onGenerate: generate,
        onDismiss: () => dismiss(),
      }),
      host.container,
    );
    confirmHost.element.hidden = !confirmField || !isShown(confirmField);
    render(
      h(ConfirmCheck, { mismatch: mismatched && (touched || submitAttempted || !isFocused(confirmField)) }),
      confirmHost.container,
    );
  };

  const dismiss = () => {
    // Focus first: the field's focus listener brings the check back, which must not undo this dismissal.
    field.focus();
    dismissed = true;
    update();
  };

  const generate = () => {
    const password = generatePassword({ length: options.generatorLength() });
    watch?.expectGenerated();
    fillField(field, password);
    if (confirmField) fillField(confirmField, password);
  };

  watch = watchField(
    field,
    signal,
    (next, how) => {
      value = next;
      arrival = how;
      verdict = check(value);
      if (how !== 'typed') touched = true;
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => contain(announce, undefined), STATUS_PAUSE_MS);
      update();
    },
    inherited?.arrival,
  );

  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, contained(listener), { passive: true, signal });
  on(field, 'focus', () => {
    dismissed = false;
    obscured = false;
    update();
  });
  on(field, 'blur', () => {
    touched = value !== '' || touched;
    clearTimeout(statusTimer);
    announce();
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
  signal.addEventListener('abort', () => {
    resize.disconnect();
    clearTimeout(statusTimer);
    confirmWatch?.abort();
    render(null, host.container);
    render(null, confirmHost.container);
    host.element.remove();
    confirmHost.element.remove();
  });

  onSubmitAttempt(options.scope, field, signal, () => {
    submitAttempted = true;
    update();
  });

  guardActivation(host, signal, () => {
    obscured = true;
    update();
  });
  const guard = guardHosts(
    [
      { host, field: () => field },
      { host: confirmHost, field: () => confirmField },
    ],
    signal,
    () => leave.abort(),
  );
  guard.restore();
  update();

  return {
    setConfirm(next) {
      if (next === confirmField || signal.aborted) return;
      confirmWatch?.abort();
      confirmField = next;
      confirmValue = next?.value ?? '';
      if (next) {
        confirmWatch = new AbortController();
        const both = AbortSignal.any([signal, confirmWatch.signal]);
        addPasswordRules(next);
        watchField(next, both, (v) => {
          confirmValue = v;
          update();
        });
        next.addEventListener('blur', update, { passive: true, signal: both });
        guard.restore();
      } else {
        confirmHost.element.remove();
      }
      update();
    },
    replace: () => guard.restore(),
    handover: () => ({ value, arrival, touched, showCharacters }),
  };
}

/**
 * Tells managers that read it (Safari, 1Password) what to generate, without overriding the page's own.
 * Nothing else is written to the page's field: an `autocomplete` of ours would turn our guess into evidence
 * for the next classification and could switch off the browser's own autofill.
 */
function addPasswordRules(field: HTMLInputElement): void {
  if (!field.hasAttribute('passwordrules')) field.setAttribute('passwordrules', UDI_PASSWORD_RULES);
}

/** A 1 MB paste still gets its verdict, without a million refused-character objects to render. */
const MAX_REFUSED_SHOWN = 200;
const check = (value: string) => checkPassword(value, UDI_POLICY, { maxRefused: MAX_REFUSED_SHOWN });

function isFocused(field: HTMLInputElement | undefined): boolean {
  if (!field) return false;
  return activeOf(field.getRootNode() as Document | ShadowRoot) === field;
}

function isShown(field: HTMLElement): boolean {
  return field.getClientRects().length > 0;
}
