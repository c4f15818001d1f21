import type { Message, MessageKey } from '../shared/message-key.ts';

export const msg = (key: MessageKey, ...params: string[]): Message =>
  params.length ? { key, params } : { key };

/** Constant hints, shared, so a long refused run does not allocate one message per character. */
export const HINT = {
  symbol: msg('hint_remove_symbol'),
  space: msg('hint_remove_space'),
  control: msg('hint_remove_control'),
  invisible: msg('hint_remove_invisible'),
  mark: msg('hint_remove_mark'),
  emoji: msg('hint_remove_emoji'),
  broken: msg('hint_remove_broken'),
  plainAny: msg('hint_plain_letter_any'),
  digitAny: msg('hint_digit_any'),
  cyrillic: msg('hint_switch_keyboard_cyrillic'),
  greek: msg('hint_switch_keyboard_greek'),
  otherScript: msg('hint_switch_keyboard'),
} as const;

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
