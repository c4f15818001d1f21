import { isOurHost } from '../our-hosts.ts';
import {
  attrOf,
  closestOf,
  containsNode,
  listen,
  localNameOf,
  parentOf,
  precedes,
  queryAll,
  textOf,
} from '../safe-dom.ts';
import { SUBMITTERS } from '../submitters.ts';

/** For fields with no form: any button might be the page's "Create" (B2C's legacy layouts have no form). */
const BUTTONS = `${SUBMITTERS},button:not([type=reset]),input[type=button],[role=button]`;

export type SubmitButton = 'enabled' | 'disabled';

/**
 * Calls `onAttempt` when the applicant tries to go on, saying whether the page's button was switched on:
 * the form's submit event, a press on its submit button, Enter in the field; for fields with no form, a
 * press on a button after the field in the same part of the page. A press on a switched-off button
 * ("Create" stays `disabled` or `aria-disabled` on B2C until the email is verified) dispatches no click,
 * but its `pointerdown` still passes our capture listener. Passive listeners that never cancel anything:
 * the page's own handling stays exactly as it was.
 */
export function onSubmitAttempt(
  scope: Element | Document | ShadowRoot,
  field: HTMLInputElement,
  signal: AbortSignal,
  onAttempt: (button: SubmitButton) => void,
): void {
  const options = { capture: true, passive: true, signal };
  const form = field.form;
  if (form) listen(form, 'submit', () => onAttempt('enabled'), options);
  const root = field.getRootNode() as Document | ShadowRoot;

  const submitter = (event: Event): Element | undefined => {
    const target =
      event.target instanceof Element ? closestOf(event.target, form ? SUBMITTERS : BUTTONS) : null;
    // A press inside our panel reaches the page's tree as a press on our host.
    if (!target || isOurHost(target)) return undefined;
    if (form) return (target as HTMLButtonElement).form === form ? target : undefined;
    return belongsToField(target, field, scope) ? target : undefined;
  };
  listen(
    root,
    'click',
    (event) => {
      const button = submitter(event);
      if (button) onAttempt(isSwitchedOff(button) ? 'disabled' : 'enabled');
    },
    options,
  );
  // A disabled button gets no click: its pointerdown is all there is.
  listen(
    root,
    'pointerdown',
    (event) => {
      const button = submitter(event);
      if (button && (button as HTMLButtonElement).disabled) onAttempt('disabled');
    },
    options,
  );
  listen(
    field,
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key !== 'Enter') return;
      const first = form ? queryAll(form, SUBMITTERS)[0] : undefined;
      onAttempt(first && isSwitchedOff(first) ? 'disabled' : 'enabled');
    },
    options,
  );
}

function isSwitchedOff(button: Element): boolean {
  return (button as HTMLButtonElement).disabled === true || attrOf(button, 'aria-disabled') === 'true';
}

/**
 * For a field with no form: a button after the field, in the finder's scope or sharing a container with
 * the field below <body> (B2C puts "Create" after the list that holds the fields), and not the field's own
 * decoration (a show-password toggle right next to it). "Send verification code" comes before the password.
 */
function belongsToField(
  button: Element,
  field: HTMLInputElement,
  scope: Element | Document | ShadowRoot,
): boolean {
  if (!precedes(field, button)) return false;
  const toggle =
    localNameOf(button) !== 'button' || attrOf(button, 'type') === 'button' || !textOf(button).trim();
  const parent = parentOf(field);
  if (toggle && parent && containsNode(parent, button)) return false;
  if (containsNode(scope, button)) return true;
  for (let node = parent; node; node = parentOf(node)) {
    const name = localNameOf(node);
    if (name === 'body' || name === 'html') return false;
    if (containsNode(node, button)) return true;
  }
  return false;
}
