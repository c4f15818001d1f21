import { type Chosen, directionOf, format } from './language.ts';
import type { Message, MessageKey } from './message-key.ts';
import { nativeApi } from './native.ts';

export type { Message, MessageKey };

/** The language the applicant chose in the popup, if any; otherwise the browser's UI language applies. */
let chosen: Chosen | undefined;

export function setLanguage(next: Chosen | undefined): void {
  chosen = next;
}

/** The language the applicant chose in the popup, or '' for the browser's. */
export const chosenLanguage = (): string => chosen?.lang ?? '';

/**
 * The only way to a user-facing string. `key` is typed from en/messages.json, so a missing key fails type
 * checking; placeholders are named `$NAME$` and mapped to $1..$9, as the browser's i18n does.
 */
export function t(key: MessageKey, ...subs: string[]): string {
  return (chosen && format(chosen.catalog[key], subs)) || nativeApi()?.i18n.getMessage(key, subs) || key;
}

/** Translates a message a pure module returned. */
export function tm(message: Message): string {
  return t(message.key, ...(message.params ?? []));
}

/** The language the UI is shown in, for `lang` and `dir` on the root of what we render. */
export function uiLanguage(): string {
  return chosen?.lang ?? (nativeApi()?.i18n.getMessage('@@ui_locale').replace('_', '-') || 'en');
}

export function uiDirection(): 'ltr' | 'rtl' {
  if (chosen) return directionOf(chosen.lang);
  return nativeApi()?.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
