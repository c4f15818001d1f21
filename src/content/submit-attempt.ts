import { closestOf, listen } from './safe-dom.ts';

const SUBMITTERS =
  'button:not([type="button"]):not([type="reset"]), input[type="submit"], input[type="image"]';
const BUTTONS = `${SUBMITTERS}, button, [role="button"]`;

/**
 * Calls `onAttempt` when the applicant tries to go on: the form's submit event, a click on its submit
 * (or, for formless fields, any button in the same container), or Enter in the field. Listeners are
 * passive and never cancel anything: the page's own handling stays exactly as it was.
 */
export function onSubmitAttempt(
  scope: Element | Document | ShadowRoot,
  field: HTMLInputElement,
  signal: AbortSignal,
  onAttempt: () => void,
): void {
  const options = { capture: true, passive: true, signal };
  const form = field.form;
  if (form) listen(form, 'submit', onAttempt, options);
  listen(
    scope,
    'click',
    (event) => {
      const target =
        event.target instanceof Element ? closestOf(event.target, form ? SUBMITTERS : BUTTONS) : null;
      if (target && !closestOf(target, 'udi-login-helper')) onAttempt();
    },
    options,
  );
  field.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') onAttempt();
    },
    options,
  );
}
