import { contained } from '../contain.ts';

/**
 * Follows one password field's value and how it got there. A value that did not come from the applicant's
 * own keystrokes (paste, drop, browser autofill, a password manager, a page script) is where UDI's silent
 * refusal bites, so that distinction drives the overlay's strongest warning.
 */
export type Arrival = 'typed' | 'pasted' | 'dropped' | 'filled' | 'generated';

export interface FieldWatch {
  /** A value we put into the field ourselves (Generate): the events our fill dispatches are no change. */
  adopt(value: string): void;
}

const TYPING = new Set([
  'insertText',
  'insertCompositionText',
  'insertLineBreak',
  'deleteContentBackward',
  'deleteContentForward',
  'deleteWordBackward',
  'deleteWordForward',
  'deleteSoftLineBackward',
  'deleteSoftLineForward',
  'deleteByCut',
  'historyUndo',
  'historyRedo',
]);

// While the field has focus a page script or password manager may set `.value` without any event;
// a light poll catches it. Nothing polls while the field is not focused.
const FOCUS_POLL_MS = 250;

/** `initial`: how a value already in the field got there (a re-rendered field keeps its predecessor's). */
export function watchField(
  field: HTMLInputElement,
  signal: AbortSignal,
  onChange: (value: string, arrival: Arrival) => void,
  initial: Arrival = 'filled',
): FieldWatch {
  let last = field.value;
  let pending: Arrival | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;

  const read = (arrival: Arrival) => {
    const value = field.value;
    if (value === last) return;
    last = value;
    onChange(value, arrival === 'typed' && isAutofilled(field) ? 'filled' : arrival);
  };

  const on = <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ) => field.addEventListener(type, contained(listener), { capture: true, passive: true, signal });

  on('paste', () => {
    pending = 'pasted';
  });
  on('drop', () => {
    pending = 'dropped';
  });
  on('input', (event) => {
    read(pending ?? arrivalOf(event));
    pending = undefined;
  });
  // No input event at all: a script or manager set `.value` directly. Whatever changed since, was filled.
  for (const type of ['change', 'keyup'] as const) on(type, () => read('filled'));
  on('focus', () => {
    read('filled');
    clearInterval(poll);
    poll = setInterval(() => read('filled'), FOCUS_POLL_MS);
  });
  on('blur', () => {
    read('filled');
    clearInterval(poll);
  });
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });

  if (last) queueMicrotask(() => onChange(last, initial));

  return {
    adopt: (value) => {
      last = value;
    },
  };
}

/** Only a trusted keystroke-like InputEvent counts as typing; synthetic events come from scripts and managers. */
function arrivalOf(event: Event): Arrival {
  if (!event.isTrusted) return 'filled';
  const inputType = (event as InputEvent).inputType;
  if (inputType === 'insertFromPaste' || inputType === 'insertFromPasteAsQuotation') return 'pasted';
  if (inputType === 'insertFromDrop') return 'dropped';
  return inputType && TYPING.has(inputType) ? 'typed' : 'filled';
}

function isAutofilled(field: HTMLInputElement): boolean {
  for (const selector of [':autofill', ':-webkit-autofill']) {
    try {
      if (field.matches(selector)) return true;
    } catch {
      // Selector unknown to this browser.
    }
  }
  return false;
}
