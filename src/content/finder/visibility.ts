import { attrOf, parentOf } from '../safe-dom.ts';
import { boxCountOf, boxOf, isRendered } from './dom.ts';

/**
 * What a person can see of a password field: `shown` (classify it now), `hidden` (a closed tab, modal or
 * step, or pushed off screen: classified when it is shown, and meanwhile its words are no evidence for
 * anything), or `decoy` (a honeypot no person is meant to type into: never classified, so it cannot pair with
 * the real field and turn a login into a sign-up).
 */
export type FieldState = 'shown' | 'hidden' | 'decoy';

export function fieldState(field: HTMLInputElement): FieldState {
  if (attrOf(field, 'tabindex') === '-1' || ariaHiddenAround(field)) return 'decoy';
  if (!isRendered(field)) return 'hidden';
  // Without layout (jsdom) there are no boxes: then only the attributes above can tell.
  if (boxCountOf(field) === 0) return 'shown';
  const box = boxOf(field);
  if (box.width < 4 || box.height < 4) return 'decoy';
  // Honeypots sit at left: -9999px; a drawer slides in from there, so this one is looked at again.
  if (box.right + scrollX <= 0 || box.bottom + scrollY <= 0) return 'hidden';
  return 'shown';
}

/**
 * `aria-hidden="true"` on the field or close around it marks a honeypot. Further up it is usually a modal
 * library hiding the page behind its dialog for a moment, which says nothing about the field.
 */
function ariaHiddenAround(field: HTMLInputElement): boolean {
  let node: Element | null = field;
  for (let depth = 0; node && depth < 3; depth++, node = parentOf(node))
    if (attrOf(node, 'aria-hidden') === 'true') return true;
  return false;
}
