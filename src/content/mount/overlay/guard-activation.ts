/**
 * Clickjacking guard for the overlay's buttons. A page can make our UI invisible (`html { opacity: 0 }`, a
 * `filter: opacity(0)` or a mask on an ancestor: fade.ts), frame a UDI page in its own page and fade the
 * frame (so a frame whose ancestors are not UDI's pages refuses: frame-ancestry.ts), make itself
 * click-through around it (`body { pointer-events: none }`: every decoy the page draws then
 * lets clicks fall through to our buttons), or lay something over it; a click or Enter the applicant
 * meant for the page would then act on ours (e.g. fill a generated password). So every activation, by
 * mouse or keyboard, is checked at the moment it happens. A refused one is stopped inside our shadow
 * root before it reaches the button (the page never saw it: it is ours) and `onRefused` hides the host.
 *
 * Not caught: a decoy drawn over us with `pointer-events: none` on that decoy alone. Hit testing skips
 * it, and only Chromium has an API that sees it (IntersectionObserver v2 `trackVisibility`).
 */
import { contain } from '../../contain.ts';
import { elementAt, parentOf } from '../../safe-dom.ts';
import { framedByUdi } from '../frame-ancestry.ts';
import { seenThrough } from './fade.ts';
import type { Host } from './host.ts';

/** Below this opacity, multiplied down the ancestor chain, the applicant cannot really see the UI. */
const MIN_OPACITY = 0.5;

export function guardActivation(host: Host, signal: AbortSignal, onRefused: () => void): void {
  host.container.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      // A check that fails refuses: an activation we could not vet does not reach the button.
      if (!button || contain(() => mayActivate(host.element, button, event), false)) return;
      event.stopImmediatePropagation();
      onRefused();
    },
    { capture: true, signal },
  );
}

function mayActivate(host: HTMLElement, button: Element, event: MouseEvent): boolean {
  if (!event.isTrusted || !framedByUdi() || !isSeen(host)) return false;
  const parent = flatParent(host);
  if (parent && getComputedStyle(parent).pointerEvents === 'none') return false;
  // A mouse click is tested where it landed; a keyboard activation (no meaningful point) at the button,
  // brought into view first: elementFromPoint sees nothing outside the viewport (a tall panel, 400 % zoom).
  const within = (box: DOMRect) =>
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom;
  const inside = within(button.getBoundingClientRect());
  if (!inside) button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = button.getBoundingClientRect();
  const x = inside ? event.clientX : box.left + box.width / 2;
  const y = inside ? event.clientY : box.top + box.height / 2;
  // The topmost element there, as seen from the host's own tree (the page's shadow root, if any), is us.
  const root = host.getRootNode() as Document | ShadowRoot;
  return elementAt(root, x, y) === host;
}

/**
 * Has a box, is visible, and is not faded, masked or clipped away by itself or any ancestor (across
 * shadow boundaries).
 */
function isSeen(host: HTMLElement): boolean {
  if (host.getClientRects().length === 0 || getComputedStyle(host).visibility !== 'visible') return false;
  let seen = 1;
  for (let el: Element | null = host; el; el = flatParent(el)) {
    const style = getComputedStyle(el);
    seen *= seenThrough({
      opacity: style.opacity,
      filter: style.filter,
      mask: style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image'),
      clipPath: style.clipPath,
    });
    if (seen < MIN_OPACITY) return false;
  }
  return true;
}

function flatParent(el: Element): Element | null {
  const parent = parentOf(el);
  if (parent) return parent;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}
