import { contain } from './contain.ts';
import { fieldCode, fieldLabel, scopeText } from './field-text.ts';
import { parentOf, query, queryAll } from './safe-dom.ts';
import {
  CONFIRM_CODE,
  CONFIRM_WORDS,
  CREATE_ACCOUNT_WORDS,
  CURRENT_CODE,
  CURRENT_WORDS,
  FORGOT_WORDS,
  LOGIN_WORDS,
  NEW_CODE,
  NEW_WORDS,
  SET_PASSWORD_WORDS,
} from './words.ts';

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
  /** The `<form>`, or for formless fields the nearest container that also holds a button. */
  scope: Element | Document | ShadowRoot;
  fields: ClassifiedField[];
}

/** Password inputs, plus inputs whose autocomplete says so even while a show-password toggle made them text. */
const PASSWORD_INPUTS =
  'input[type="password"], input[autocomplete~="new-password"], input[autocomplete~="current-password"]';

/**
 * Classifies every password field under `root` (a document or a shadow root; not descending into nested
 * roots: the caller walks those). Never throws on odd markup: a field it cannot place gets `none`.
 */
export function findForms(root: Document | ShadowRoot): ClassifiedForm[] {
  const groups = new Map<Element | Document | ShadowRoot, HTMLInputElement[]>();
  for (const field of passwordInputs(root)) {
    if (!isCandidate(field)) continue;
    const scope = scopeOf(field, root);
    const list = groups.get(scope);
    if (list) list.push(field);
    else groups.set(scope, [field]);
  }
  // One group that trips over odd markup costs that group only.
  return [...groups].flatMap(([scope, fields]) => contain(() => [classifyGroup(scope, fields)], []));
}

/** The inputs the finder looks at: one native query, cheap enough to run on every batch of mutations. */
export function passwordInputs(root: Document | ShadowRoot): NodeListOf<HTMLInputElement> {
  return queryAll<HTMLInputElement>(root, PASSWORD_INPUTS);
}

function isCandidate(field: HTMLInputElement): boolean {
  const type = field.type;
  return type === 'password' || type === 'text' || type === '';
}

function scopeOf(field: HTMLInputElement, root: Document | ShadowRoot): Element | Document | ShadowRoot {
  if (field.form) return field.form;
  let node = parentOf(field);
  while (node) {
    if (query(node, 'button, input[type="submit"], input[type="button"], [role="button"]')) return node;
    node = parentOf(node);
  }
  return root;
}

interface Signals {
  autocomplete: 'new' | 'current' | undefined;
  confirm: boolean;
  fresh: boolean;
  current: boolean;
}

function signalsOf(field: HTMLInputElement): Signals {
  const tokens = (field.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  const code = fieldCode(field);
  const label = fieldLabel(field);
  return {
    autocomplete: tokens.includes('new-password')
      ? 'new'
      : tokens.includes('current-password')
        ? 'current'
        : undefined,
    confirm: CONFIRM_CODE.test(code) || CONFIRM_WORDS.test(label),
    fresh: NEW_CODE.test(code) || NEW_WORDS.test(label),
    current: CURRENT_CODE.test(code) || CURRENT_WORDS.test(label),
  };
}

interface Context {
  /** Evidence that a password is chosen here (create account, reset, change). */
  fresh: number;
  /** Evidence of a login form. */
  login: number;
  setPassword: boolean;
}

/** Weighs the words around the fields: a heading or button counts twice as much as a nearby link. */
function contextOf(scope: Element | Document | ShadowRoot): Context {
  const { strong, weak } = scopeText(scope);
  const score = (re: RegExp) => (re.test(strong) ? 2 : 0) + (re.test(weak) ? 1 : 0);
  const setPassword = score(SET_PASSWORD_WORDS);
  return {
    fresh: Math.max(score(CREATE_ACCOUNT_WORDS), setPassword),
    login: score(LOGIN_WORDS) + (FORGOT_WORDS.test(weak) || FORGOT_WORDS.test(strong) ? 1 : 0),
    setPassword: setPassword >= 2,
  };
}

export function classifyGroup(
  scope: Element | Document | ShadowRoot,
  fields: HTMLInputElement[],
): ClassifiedForm {
  const signals = fields.map(signalsOf);
  const roles = assignRoles(signals, () => contextOf(scope));
  const classified = fields.map((field, i) => ({ field, role: roles[i] ?? 'none' }));
  return { kind: kindOf(classified, scope), scope, fields: classified };
}

function assignRoles(signals: Signals[], context: () => Context): FieldRole[] {
  if (signals.length === 1) return [singleRole(signals[0] as Signals, context)];
  // Explicit per-field evidence first: autocomplete tokens, then names and labels.
  const roles: FieldRole[] = signals.map((s) => {
    if (s.autocomplete === 'current' || (s.current && !s.fresh && !s.confirm)) return 'current';
    if (s.confirm) return 'confirm';
    if (s.autocomplete === 'new' || s.fresh) return 'new';
    return 'none';
  });
  // Structure fills in what words did not say: [?, ?] → new + confirm; [?, ?, ?] → current + new + confirm.
  const unknown = roles.filter((r) => r === 'none').length;
  if (unknown > 0 && signals.length <= 3) {
    const pattern: FieldRole[] = signals.length === 2 ? ['new', 'confirm'] : ['current', 'new', 'confirm'];
    const ordered = fillByPattern(roles, pattern);
    if (ordered) return ordered;
  }
  // Two autocomplete="new-password" fields: the second one confirms the first.
  const firstNew = roles.indexOf('new');
  const lastNew = roles.lastIndexOf('new');
  if (firstNew !== lastNew && !roles.includes('confirm')) roles[lastNew] = 'confirm';
  // A confirmation with nothing to confirm repeats the field before it.
  const confirmAt = roles.indexOf('confirm');
  if (confirmAt > 0 && !roles.includes('new') && roles[confirmAt - 1] !== 'current')
    roles[confirmAt - 1] = 'new';
  return roles;
}

/** Fills the unknown roles so the sequence matches `pattern` where the known roles allow it. */
function fillByPattern(roles: FieldRole[], pattern: FieldRole[]): FieldRole[] | undefined {
  if (roles.every((r, i) => r === 'none' || r === pattern[i])) return pattern.slice(0, roles.length);
  // [current, ?] in a two-field group is a change form without confirmation.
  if (roles.length === 2 && roles[0] === 'current' && roles[1] === 'none') return ['current', 'new'];
  if (roles.length === 2 && roles[0] === 'none' && roles[1] === 'new') return ['current', 'new'];
  return undefined;
}

/**
 * One password field: a login unless something says a new password is chosen here. A single field is
 * the common login form, so it takes real evidence (autocomplete, a "new password" name or label, or
 * sign-up / reset wording that outweighs the login wording) to call it new.
 */
function singleRole(s: Signals, context: () => Context): FieldRole {
  if (s.autocomplete === 'current' || s.current) return 'current';
  if (s.confirm) return 'confirm';
  if (s.autocomplete === 'new' || s.fresh) return 'new';
  const { fresh, login } = context();
  // A link alone ("Create account") sits on most login forms: only a heading or button can make it new.
  if (fresh >= 2 && fresh > login) return 'new';
  return 'current';
}

function kindOf(fields: ClassifiedField[], scope: Element | Document | ShadowRoot): FormKind {
  const roles = new Set(fields.map((f) => f.role));
  if (roles.has('new') || roles.has('confirm')) {
    if (roles.has('current')) return 'new-password';
    return hasAccountField(scope) && !contextOf(scope).setPassword ? 'create-account' : 'new-password';
  }
  return roles.has('current') ? 'login' : 'none';
}

function hasAccountField(scope: Element | Document | ShadowRoot): boolean {
  return (
    query(
      scope,
      'input[type="email"], input[autocomplete~="username"], input[autocomplete~="email"], input[name*="mail" i], input[id*="mail" i], input[name*="user" i]',
    ) !== null
  );
}
