import type { PageLimits } from '../../policy/page-limits.ts';
import { readPageLimits } from '../../policy/page-limits.ts';
import { UDI_PASSWORD_RULES } from '../../policy/password-rules.ts';
import { activeOf, attrOf, hasAttr, queryAll } from '../safe-dom.ts';

/** What the check's shell (mount-password-check.ts) reads from, and the one thing it writes to, the page's fields. */

/** The attributes a page declares its own password limits in (page-limits.ts). */
export const LIMIT_ATTRIBUTES = ['minlength', 'maxlength', 'pattern', 'title'];

/**
 * Fields we have seen as `type=password`. Generate fills a field only if it is one of them: a text field
 * that only says `autocomplete=new-password` would show the password in clear, while a password field a
 * show-password toggle turned to text is the applicant's own choice.
 */
const seenAsPassword = new WeakSet<HTMLInputElement>();
export const notePassword = (field: HTMLInputElement) => {
  if (field.type === 'password') seenAsPassword.add(field);
};
export const fillable = (field: HTMLInputElement) => seenAsPassword.has(field);

/** The applicant's own words on the form (email, names): a password made of them is easy to guess. */
const PERSONAL_FIELDS =
  'input[type="email"], input[autocomplete~="email"], input[autocomplete~="username"], input[autocomplete~="given-name"], input[autocomplete~="family-name"], #email, #givenName, #surname';

export function personalInputs(scope: Element | Document | ShadowRoot, field: HTMLInputElement): string[] {
  const root = field.form ?? scope;
  return [...queryAll<HTMLInputElement>(root, PERSONAL_FIELDS)]
    .map((input) => input.value)
    .filter((value) => value !== '' && value !== field.value)
    .slice(0, 8);
}

export function limitsOf(field: HTMLInputElement): PageLimits | undefined {
  const [minlength, maxlength, pattern, title] = LIMIT_ATTRIBUTES.map((name) => attrOf(field, name));
  return readPageLimits({
    minlength: minlength ?? null,
    maxlength: maxlength ?? null,
    pattern: pattern ?? null,
    title: title ?? null,
  });
}

/** The declared limits as written, to tell whether a change of attributes changed them. */
export function declaredLimits(fields: readonly (HTMLInputElement | undefined)[]): string {
  return fields
    .flatMap((field) => (field ? LIMIT_ATTRIBUTES.map((name) => attrOf(field, name) ?? '\u0000') : []))
    .join('\u0001');
}

/**
 * Tells managers that read it (Safari, 1Password) what to generate, without overriding the page's own.
 * Nothing else is written to the page's field: an `autocomplete` of ours would turn our guess into evidence
 * for the next classification and could switch off the browser's own autofill.
 */
export function addPasswordRules(field: HTMLInputElement): void {
  if (!hasAttr(field, 'passwordrules')) field.setAttribute('passwordrules', UDI_PASSWORD_RULES);
}

export function isFocused(field: HTMLInputElement | undefined): boolean {
  return field !== undefined && activeOf(field.getRootNode() as Document | ShadowRoot) === field;
}

export function isShown(field: HTMLElement): boolean {
  return field.getClientRects().length > 0;
}
