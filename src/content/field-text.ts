import {
  byId,
  documentOf,
  localNameOf,
  parentOf,
  previousOf,
  query,
  queryAll,
  textOf,
  titleOf,
} from './safe-dom.ts';

/**
 * The words a page shows about a field or a form, lower-cased, for the form finder's word signals.
 * Structure (autocomplete, field count, ids) decides first; these words only tip the balance.
 */

function clip(text: string | null | undefined, max = 400): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max).toLowerCase();
}

/** id, name and autocomplete: what developers called the field (`ctl00_Main_ConfirmPassword`, `newPassword`). */
export function fieldCode(field: HTMLInputElement): string {
  return `${field.id} ${field.name} ${field.getAttribute('autocomplete') ?? ''}`.toLowerCase();
}

/** What a person reads about the field: its labels, aria-label(ledby), placeholder, title, nearby text. */
export function fieldLabel(field: HTMLInputElement): string {
  const parts: string[] = [];
  for (const label of field.labels ?? []) parts.push(textOf(label));
  parts.push(field.getAttribute('aria-label') ?? '', field.placeholder, field.title);
  const root = field.getRootNode() as Document | ShadowRoot;
  for (const id of (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const named = byId(root, id);
    if (named) parts.push(textOf(named));
  }
  if (!field.labels?.length) parts.push(precedingText(field));
  return clip(parts.join(' '));
}

/** Text just before the field in its container, for pages that put a bare `<span>` or `<div>` above it. */
function precedingText(field: HTMLElement): string {
  let node: Element | null = field;
  for (let depth = 0; node && depth < 3; depth++) {
    const previous = previousOf(node);
    if (previous && !query(previous, 'input')) return textOf(previous);
    node = parentOf(node);
  }
  return '';
}

/**
 * The words around a group of fields: `strong` is what names the form (headings, legends, buttons, the page
 * title), `weak` is what merely sits near it (links such as "Already registered? Log in").
 */
export function scopeText(scope: Element | Document | ShadowRoot): { strong: string; weak: string } {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const el of queryAll(scope, 'h1, h2, h3, legend, button, input[type="submit"], [role="button"], a')) {
    if (strong.length + weak.length > 60) break;
    const text = el instanceof HTMLInputElement ? el.value : textOf(el);
    (localNameOf(el) === 'a' ? weak : strong).push(text);
  }
  const doc = documentOf(scope);
  for (const heading of Array.from(queryAll(doc, 'h1')).slice(0, 3)) strong.push(textOf(heading));
  strong.push(titleOf(doc));
  return { strong: clip(strong.join(' | '), 2000), weak: clip(weak.join(' | '), 2000) };
}
