/**
 * The element we put into the page: a custom-element-named tag whose closed shadow root the page can
 * neither read nor restyle. It sits in the page's flow right below the field, so it never covers the
 * field, the site's own messages or a password manager's badge, follows scrolling and resizing for free,
 * and stays inside a top-layer <dialog> or popover together with the form.
 */
import { uiDirection, uiLanguage } from '../../shared/i18n.ts';

export type HostKind = 'password-check' | 'password-confirm' | 'login-hint';

export interface Host {
  element: HTMLElement;
  /** Where the overlay renders (dom-render.ts). */
  container: HTMLElement;
}

// A hyphenated tag is a valid custom-element name, so attachShadow works without customElements.define,
// which content scripts cannot call in Chrome's isolated world.
const TAG = 'udi-login-helper';

export function createHost(kind: HostKind, css: string): Host {
  const element = document.createElement(TAG);
  element.dataset.udiHelper = kind;
  const root = element.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = 'udi';
  root.append(style, container);
  const host = { element, container };
  localizeHost(host);
  return host;
}

/**
 * The applicant's language and its direction (Arabic lays out right to left); the page's own may differ.
 * Called again on each render, so a language chosen in the popup meanwhile also turns the layout.
 */
export function localizeHost({ container }: Host): void {
  const lang = uiLanguage();
  const dir = uiDirection();
  if (container.lang !== lang) container.lang = lang;
  if (container.dir !== dir) container.dir = dir;
}

/**
 * Puts the host below the field: after the field itself, or after a one-field wrapper laid out in a row.
 * Returns the element it follows.
 */
export function placeHost(host: Host, field: HTMLElement): HTMLElement {
  const anchor = anchorOf(field);
  if (anchor.nextElementSibling !== host.element) anchor.insertAdjacentElement('afterend', host.element);
  return anchor;
}

function anchorOf(field: HTMLElement): HTMLElement {
  let anchor = field;
  for (let depth = 0; depth < 3; depth++) {
    const parent = anchor.parentElement;
    if (!parent || parent.localName === 'form' || parent === document.body) break;
    if (parent.querySelectorAll('input:not([type="hidden"])').length > 1 || !isRow(parent)) break;
    anchor = parent;
  }
  return anchor;
}

/** A wrapper that lays its children side by side (a field plus its show-password button or icon). */
function isRow(el: HTMLElement): boolean {
  const style = getComputedStyle(el);
  if (style.display.startsWith('inline')) return true;
  if (style.display.endsWith('flex')) return !style.flexDirection.startsWith('column');
  return style.display.endsWith('grid');
}
