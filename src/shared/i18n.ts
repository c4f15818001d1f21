import type { Message, MessageKey } from './message-key.ts';
import { nativeApi } from './native.ts';

export type { Message, MessageKey };

/**
 * The only way to a user-facing string. `key` is typed from en/messages.json, so a missing key fails type
 * checking; placeholders are filled by the browser's i18n (named `$NAME$` placeholders mapped to $1..$9).
 */
export function t(key: MessageKey, ...subs: string[]): string {
  return nativeApi()?.i18n.getMessage(key, subs) || key;
}

/** Translates a message a pure module returned. */
export function tm(message: Message): string {
  return t(message.key, ...(message.params ?? []));
}

/** The language the UI is shown in, for `lang` and `dir` on the root of what we render. */
export function uiLanguage(): string {
  return nativeApi()?.i18n.getMessage('@@ui_locale').replace('_', '-') || 'en';
}

export function uiDirection(): 'ltr' | 'rtl' {
  return nativeApi()?.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
