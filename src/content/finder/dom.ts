/**
 * The DOM reads the finder needs beyond safe-dom.ts, made the same way and for the same reason: through the
 * platform's prototypes, never through properties a page's markup can clobber. Kept apart so that the mount
 * code, which needs none of them, does not carry them. The layout reads take the prototype's method when
 * called (a page cannot patch our world's prototypes either way), which lets unit tests give jsdom a layout.
 */
import { getter, method } from '../safe-dom.ts';

const nextGet = getter<Element | null>(Element, 'nextElementSibling');
const matches = method(Element, 'matches');

export const nextOf = (el: Element): Element | null => nextGet?.call(el) ?? null;
export const matchesOf = (el: Element, selector: string): boolean => matches.call(el, selector);
export const boxOf = (el: Element): DOMRect => Element.prototype.getBoundingClientRect.call(el);
/** How many boxes the element has: none while it or an ancestor is `display: none`. */
export const boxCountOf = (el: Element): number => Element.prototype.getClientRects.call(el).length;
/**
 * Rendered and not `visibility: hidden` (nor inside a closed `<details>` or `content-visibility: hidden`).
 * Read at call time: jsdom has no `checkVisibility`, and there everything counts as rendered.
 */
export const isRendered = (el: Element): boolean =>
  (Element.prototype.checkVisibility?.call(el, { visibilityProperty: true }) as boolean | undefined) ?? true;
