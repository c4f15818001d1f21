import type en from '../../public/_locales/en/messages.json';

/** Every message name in the source-of-truth locale; a key missing from en/messages.json fails type checking. */
export type MessageKey = keyof typeof en;

/** A message key plus the values for its placeholders, as pure modules return them (never translated text). */
export interface Message {
  key: MessageKey;
  params?: readonly string[];
}
