/**
 * True when `text` holds a character a memo label must not: a control (Cc: tab, newline, …), an invisible
 * format character (Cf: bidi overrides, embeddings and isolates such as U+202E, zero-width spaces, the
 * soft hyphen, the byte-order mark), a line or paragraph separator, or a lone surrogate. Bidi controls
 * reorder what is shown around them, so "Label: method" can read as another method; invisible ones make
 * two labels look alike. They are refused rather than only isolated: a label never needs them, and an
 * isolate cannot contain a label that closes it with its own U+2069.
 *
 * Allowed: the zero-width (non-)joiners U+200C / U+200D between letters, marks or emoji, where Persian,
 * Indic scripts and emoji sequences need them; they join or separate glyphs and reorder nothing.
 */
export const hasControlCharacters = (text: string): boolean => CONTROL.test(text);

const CONTROL =
  /(?!(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\u200c\u200d][\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
