import {
  attrOf,
  byId,
  containsNode,
  documentOf,
  localNameOf,
  parentOf,
  precedes,
  previousOf,
  query,
  queryAll,
  textOf,
  titleOf,
} from '../safe-dom.ts';
import { SUBMITTERS } from '../submitters.ts';
import { isRendered, matchesOf, nextOf } from './dom.ts';

/**
 * What a page shows about a field and around a group of fields, lower-cased, for the text signals.
 * Only what is rendered counts: a closed tab's heading or a hidden modal's button is no evidence for the
 * form a person sees.
 */

/** A group's form or container, or the region around it. */
export type Scope = Element | Document | ShadowRoot;

export function clip(text: string | null | undefined, max = 400): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max).toLowerCase();
}

/** id and name: what developers called the field (`ctl00_Main_ConfirmPassword`, `newPassword`). */
export const fieldCode = (field: HTMLInputElement): string =>
  `${attrOf(field, 'id') ?? ''} ${attrOf(field, 'name') ?? ''}`.toLowerCase();

/** What a person reads as the field's name: labels, aria-label(ledby), placeholder, title, a caption above. */
export function fieldLabel(field: HTMLInputElement): string {
  const parts = [...(field.labels ?? [])].map(textOf);
  parts.push(attrOf(field, 'aria-label') ?? '', field.placeholder, field.title);
  for (const named of idRefs(field, 'aria-labelledby')) parts.push(textOf(named));
  // A caption above counts only for a field with no name of its own: past its wrapper, the text before a
  // labelled field is the form's heading ("Change password" above "Current password").
  if (!field.labels?.length && !attrOf(field, 'aria-label') && !attrOf(field, 'aria-labelledby'))
    parts.push(precedingText(field));
  return clip(parts.join(' '));
}

function idRefs(field: HTMLInputElement, name: string): Element[] {
  const root = field.getRootNode() as Document | ShadowRoot;
  return (attrOf(field, name) ?? '').split(/\s+/).flatMap((id) => (id ? (byId(root, id) ?? []) : []));
}

/** Text just before the field: a bare `<span>` above it, a table's `<th>`, a `<dt>`. */
function precedingText(field: HTMLElement): string {
  let node: Element | null = field;
  for (let depth = 0; node && depth < 3; depth++) {
    const previous = previousOf(node);
    if (previous) return query(previous, 'input') ? '' : textOf(previous);
    node = parentOf(node);
  }
  return '';
}

/**
 * What sits beside the field and is not its label: `aria-describedby` hints, the elements right after it
 * and after its wrappers (a strength meter, a requirements list), and a hint right before it.
 */
export function nearbyOf(field: HTMLInputElement, scope: Scope): Element[] {
  const found = idRefs(field, 'aria-describedby');
  const before = previousOf(field);
  if (before && localNameOf(before) !== 'label' && !query(before, 'input')) found.push(before);
  let node: Element | null = field;
  for (let depth = 0; node && node !== scope && depth < 3; depth++, node = parentOf(node)) {
    let next = nextOf(node);
    for (let i = 0; next && i < 2 && !query(next, 'input') && localNameOf(next) !== 'input'; i++) {
      found.push(next);
      next = nextOf(next);
    }
  }
  return found.filter(isRendered);
}

export interface GroupText {
  /** What names the form: the last heading above its first field, those inside it, the selected tab, the page's title. */
  heading: string;
  /** The form's buttons: its submit buttons, or any button with text when it has none. */
  buttons: string;
  /** Links around the form ("Already have an account? Log in", "Forgot your password?"), one by one. */
  links: string[];
}

const TEXT_ELEMENTS =
  'h1,h2,h3,h4,h5,h6,legend,a,button,li,[role=heading],[role=button],[role=tab],input[type=submit],input[type=button],input[type=image]';
/** A tab, link or list item that names the view a person is on. */
const SELECTED = /\b(active|aktif|selected|current|on|cur)\b/;

/**
 * The rendered words of the region around a group: `region` is the part of the page that holds this group
 * and no other shown password field; `scope` is the group's form or container.
 */
export function groupText(scope: Scope, region: Scope, first: HTMLInputElement): GroupText {
  let above = '';
  const heading: string[] = [];
  const submits: string[] = [];
  const buttons: string[] = [];
  const links: string[] = [];
  let seen = 0;
  for (const el of queryAll(region, TEXT_ELEMENTS)) {
    if (++seen > 300) break;
    if (!isRendered(el)) continue;
    const name = localNameOf(el);
    const text = clip(
      name === 'input' ? (el as HTMLInputElement).value || attrOf(el, 'alt') : textOf(el),
      80,
    );
    if (!text) continue;
    const inScope = containsNode(scope, el);
    const selected =
      attrOf(el, 'aria-selected') === 'true' ||
      (attrOf(el, 'aria-current') ?? 'false') !== 'false' ||
      SELECTED.test(attrOf(el, 'class') ?? '');
    if (/^(h\d|legend)$/.test(name) || attrOf(el, 'role') === 'heading') {
      if (inScope) heading.push(text);
      else if (precedes(el, first)) above = text;
    } else if (selected && text.length < 40) heading.push(text);
    else if (name === 'li' || attrOf(el, 'role') === 'tab' || attrOf(el, 'aria-selected')) continue;
    else if (name === 'a') links.push(text);
    else if (inScope) (matchesOf(el, SUBMITTERS) ? submits : buttons).push(text);
  }
  return {
    heading: [above, ...heading, clip(titleOf(documentOf(first)))].join(' | '),
    buttons: (submits.length ? submits : buttons).join(' | '),
    links,
  };
}
