import { contain } from '../contain.ts';
import { attrOf, containsNode, parentOf, queryAll, textOf } from '../safe-dom.ts';
import {
  type FieldView,
  type FormView,
  fired,
  isConfirmField,
  scoreOf,
  viewField,
  viewForm,
} from './signals.ts';
import { clip, type Scope } from './text.ts';
import { type FieldState, fieldState } from './visibility.ts';

/** What a password field is for. */
export type FieldRole = 'new' | 'confirm' | 'current' | 'none';
/** What a group of password fields (a form, or formless fields under one container) does. */
export type FormKind = 'create-account' | 'new-password' | 'login' | 'none';

export interface ClassifiedField {
  field: HTMLInputElement;
  role: FieldRole;
}

export interface ClassifiedForm {
  kind: FormKind;
  /** The `<form>`, a box of it that has its own submit button, or for formless fields the nearest container that also holds a button. */
  scope: Element | Document | ShadowRoot;
  fields: ClassifiedField[];
}

/** Password inputs, plus inputs whose autocomplete says so even while a show-password toggle made them text. */
const PASSWORD_INPUTS =
  'input[type=password],input[autocomplete~=new-password],input[autocomplete~=current-password]';

/**
 * Classifies every shown password field under `root` (a document or a shadow root; not descending into
 * nested roots: the caller walks those). Fields a person cannot see yet, and honeypots, are left out and
 * reported to `skipped`: a hidden field lends nothing to the forms that are shown, and is classified once it
 * is shown itself. Never throws on odd markup: a group it cannot place is left out. The file is the
 * finder's pipeline in the order it runs (group the fields, score each group, give each field its role),
 * a little over 200 lines so that it reads top to bottom; the weights, the words, the text and the
 * visibility it consults live in their own files.
 */
export function findForms(
  root: Document | ShadowRoot,
  skipped?: (field: HTMLInputElement, state: Exclude<FieldState, 'shown'>) => void,
): ClassifiedForm[] {
  // One group that trips over odd markup costs that group only.
  return groupsOf(root, skipped).flatMap((group) =>
    contain(() => [classifyGroup(group.scope, group.fields, group.region)], []),
  );
}

export interface Group {
  scope: Scope;
  fields: HTMLInputElement[];
  region: Scope;
}

/** The shown password fields under `root`, grouped by form (or box), each with the region around it. */
export function groupsOf(
  root: Document | ShadowRoot,
  skipped?: (field: HTMLInputElement, state: Exclude<FieldState, 'shown'>) => void,
): Group[] {
  const shown: HTMLInputElement[] = [];
  for (const field of passwordInputs(root)) {
    if (!isCandidate(field)) continue;
    const state = contain(() => fieldState(field), 'shown');
    if (state === 'shown') shown.push(field);
    else skipped?.(field, state);
  }
  const groups = new Map<Scope, HTMLInputElement[]>();
  for (const [field, scope] of scopesOf(shown, root)) {
    const list = groups.get(scope);
    if (list) list.push(field);
    else groups.set(scope, [field]);
  }
  return [...groups].map(([scope, fields]) => ({
    scope,
    fields,
    region: regionOf(scope, fields, shown, root),
  }));
}

/** The inputs the finder looks at: one native query, cheap enough to run on every batch of mutations. */
export function passwordInputs(root: Document | ShadowRoot): NodeListOf<HTMLInputElement> {
  return queryAll<HTMLInputElement>(root, PASSWORD_INPUTS);
}

function isCandidate(field: HTMLInputElement): boolean {
  const type = field.type;
  return type === 'password' || type === 'text' || type === '';
}

const ACTIONS = 'button,input[type=submit],input[type=image],input[type=button],[role=button]';
const INPUTS = 'input:not([type=hidden]),select,textarea';

/**
 * The nearest container of the field that has a button with a name of its own and another field: a login
 * box, a sign-up box. A show-password toggle beside the field alone does not make one. Looked for within a
 * few levels (each one queries its whole subtree: a page nesting thousands deep must not make it quadratic).
 */
function boxOf(field: HTMLInputElement, stop: Element | null): Element | null {
  let depth = 0;
  for (let node = parentOf(field); node && node !== stop && depth++ < 12; node = parentOf(node)) {
    const named = [...queryAll(node, ACTIONS)].some(
      (button) => clip(textOf(button) || attrOf(button, 'value')).length > 0,
    );
    if (named && [...queryAll(node, INPUTS)].some((input) => input !== field)) return node;
  }
  return null;
}

/**
 * Each field's group: its `<form>`; a box of the form with its own submit button when the form holds
 * several (an ASP.NET page is one form around a login and a sign-up); or, without a form, its box.
 */
function scopesOf(fields: HTMLInputElement[], root: Document | ShadowRoot): Map<HTMLInputElement, Scope> {
  const scopes = new Map<HTMLInputElement, Scope>();
  const boxes = new Map<HTMLFormElement, Set<Element | null>>();
  for (const field of fields) {
    const form = field.form;
    const box = boxOf(field, form);
    scopes.set(field, box ?? form ?? root);
    if (form) boxes.set(form, (boxes.get(form) ?? new Set()).add(box));
  }
  for (const field of scopes.keys()) {
    const form = field.form;
    if (form && (boxes.get(form)?.size ?? 0) < 2) scopes.set(field, form);
  }
  return scopes;
}

/**
 * The part of the page that belongs to the group: its scope and the containers around it that hold no other
 * shown password field. Its headings, tabs and links speak for the group; those of another form do not.
 */
function regionOf(scope: Scope, fields: HTMLInputElement[], shown: HTMLInputElement[], root: Scope): Scope {
  const others = shown.filter((field) => !fields.includes(field));
  let node = scope;
  for (;;) {
    // At the top (or for a document or shadow root, at once): the whole root.
    const parent = parentOf(node);
    if (!parent) return root;
    if (others.some((other) => containsNode(parent, other))) return node;
    node = parent;
  }
}

export function classifyGroup(
  scope: Scope,
  fields: HTMLInputElement[],
  region: Scope = scope,
): ClassifiedForm {
  const views = fields.map((field) => viewField(field, scope));
  let form: FormView | undefined;
  const formView = () => {
    form ??= viewForm(scope, region, fields[0] as HTMLInputElement);
    return form;
  };
  const roles = assignRoles(views, formView);
  const classified = fields.map((field, i) => ({ field, role: roles[i] ?? 'none' }));
  return { kind: kindOf(classified, formView), scope, fields: classified };
}

/** What a field's own markup says, before any structure: autocomplete first, then names and labels. */
function ownRole(f: FieldView, form: () => FormView): FieldRole {
  const says = (name: Parameters<typeof fired>[0]) => fired(name, f, form);
  const fresh = says('autocompleteNew') || says('labelNew') || says('codeNew');
  if (
    // autocomplete="current-password" on a form whose evidence, all weighed, says an account is made here is
    // the page's slip (copied markup, or a trick against autofill): the structure decides instead.
    (says('autocompleteCurrent') && scoreOf(f, form) <= 0) ||
    ((says('labelCurrent') || says('codeCurrent')) && !fresh && !isConfirmField(f))
  )
    return 'current';
  if (isConfirmField(f)) return 'confirm';
  return fresh ? 'new' : 'none';
}

/** Two password fields with no word of their own and this much login evidence (BIAS included): two secrets. */
const LOGIN_PAIR = -7;

function assignRoles(views: FieldView[], form: () => FormView): FieldRole[] {
  if (views.length === 1) {
    const only = views[0] as FieldView;
    if (isConfirmField(only) && !fired('labelNew', only, form)) return ['confirm'];
    return [scoreOf(only, form) > 0 ? 'new' : 'current'];
  }
  const roles = views.map((view) => ownRole(view, form));
  // Two autocomplete="new-password" fields: the second one confirms the first.
  const firstNew = roles.indexOf('new');
  const lastNew = roles.lastIndexOf('new');
  if (firstNew !== lastNew && !roles.includes('confirm')) roles[lastNew] = 'confirm';
  // A password and a PIN or memorable word: a confirmation copies its field's limits, a PIN does not; or
  // two fields on a page that only speaks of logging in.
  if (views.length === 2 && roles.every((r) => r === 'none')) {
    const [a, b] = views as [FieldView, FieldView];
    if (!sameLimits(a.field, b.field) || scoreOf(a, form) <= LOGIN_PAIR) return ['current', 'current'];
  }
  // Structure fills in what the fields did not say: [?, ?] → new + confirm; [?, ?, ?] → current + new + confirm.
  if (roles.includes('none') && views.length <= 3) {
    const pattern: FieldRole[] = views.length === 2 ? ['new', 'confirm'] : ['current', 'new', 'confirm'];
    const ordered = fillByPattern(roles, pattern);
    if (ordered) return ordered;
  }
  // A confirmation with nothing to confirm repeats the field before it.
  const confirmAt = roles.indexOf('confirm');
  if (confirmAt > 0 && !roles.includes('new') && roles[confirmAt - 1] !== 'current')
    roles[confirmAt - 1] = 'new';
  return roles;
}

const LIMITS = ['maxlength', 'inputmode'];
const sameLimits = (a: HTMLInputElement, b: HTMLInputElement) =>
  LIMITS.every((name) => attrOf(a, name) === attrOf(b, name));

/** Fills the unknown roles so the sequence matches `pattern` where the known roles allow it. */
function fillByPattern(roles: FieldRole[], pattern: FieldRole[]): FieldRole[] | undefined {
  if (roles.every((r, i) => r === 'none' || r === pattern[i])) return pattern.slice(0, roles.length);
  // [current, ?] in a two-field group is a change form without confirmation.
  if (roles.length === 2 && roles[0] === 'current' && roles[1] === 'none') return ['current', 'new'];
  if (roles.length === 2 && roles[0] === 'none' && roles[1] === 'new') return ['current', 'new'];
  return undefined;
}

/** New without current: an account is created when the form asks for anything else (an email, a name). */
function kindOf(fields: ClassifiedField[], form: () => FormView): FormKind {
  const roles = new Set(fields.map((f) => f.role));
  if (roles.has('new') || roles.has('confirm'))
    return roles.has('current') || !form().others ? 'new-password' : 'create-account';
  return roles.has('current') ? 'login' : 'none';
}
