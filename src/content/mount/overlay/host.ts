/**
 * The element we put into the page: a plain <div> with a closed shadow root the page can neither read nor
 * restyle. A plain element has no name a page could define before us (a page that defines a custom
 * element's name first gets its constructor run for our host) and no custom-element lifecycle. We know it
 * by identity (our-hosts.ts). The shipped build writes nothing about its state onto it; the test build
 * labels it for the e2e suite (contract.ts). It sits in the page's flow right below the field, so it never
 * covers the field, the site's own messages or a password manager's badge, follows scrolling and resizing
 * for free, and stays inside a top-layer <dialog> or popover together with the form.
 */
import { uiDirection, uiLanguage } from '../../../shared/i18n.ts';
import { ourHosts } from '../../our-hosts.ts';
import { create, localNameOf, parentOf, queryAll, textOf } from '../../safe-dom.ts';

export type HostKind = 'password-check' | 'password-confirm' | 'login-hint';

export interface Host {
  element: HTMLElement;
  /** Where the overlay renders (dom-render.ts). */
  container: HTMLElement;
}

export function createHost(kind: HostKind, css: string): Host {
  const element = create('div');
  ourHosts().add(element);
  if (__TEST__) element.dataset.udiHelper = kind;
  const root = element.attachShadow({ mode: 'closed' });
  const style = create('style');
  style.textContent = css;
  const container = create('div');
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
 * Puts the host below the field and what belongs to its box: after a wrapper that holds the field and
 * only its decorations (a show-password button, an icon, a help link), so that an icon the page positions
 * over the field stays where it was, and the page's own messages beside the field are never covered.
 * Never past another control, a submit button, or out of a list item, cell or form. Returns the element
 * it follows.
 */
export function placeHost(host: Host, field: HTMLElement): HTMLElement {
  const anchor = anchorOf(field);
  if (anchor.nextElementSibling !== host.element) anchor.insertAdjacentElement('afterend', host.element);
  return anchor;
}

const STOP = new Set('form body html li td th dd fieldset dialog'.split(' '));
/** Anything in a wrapper that is not the field's decoration: other fields, and buttons that submit. */
const NOT_DECORATION =
  'input:not([type="hidden"]), select, textarea, button:not([type="button"]), input[type="submit"], input[type="image"]';

function anchorOf(field: HTMLElement): HTMLElement {
  let anchor = field;
  for (let depth = 0; depth < 3; depth++) {
    const parent = parentOf(anchor) as HTMLElement | null;
    if (!parent || STOP.has(localNameOf(parent))) break;
    if ([...queryAll(parent, NOT_DECORATION)].some((el) => el !== field && !isIconButton(el))) break;
    anchor = parent;
  }
  return anchor;
}

/** A button with no text of its own (an eye icon without `type="button"`) decorates; "Create" does not. */
function isIconButton(el: Element): boolean {
  return localNameOf(el) === 'button' && textOf(el).trim() === '';
}
