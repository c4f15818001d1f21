import { isPictograph, isSurrogate } from './unicode.ts';

/** What the refusal scan needs to know about a code point, as bits; computed once per code point per call. */
export const MARK = 1;
export const INVISIBLE = 2;
export const PICTOGRAPH_FLAG = 4;
/** What may sit inside an emoji grapheme after its pictograph: ZWJ, variation selectors, tags. */
export const EMOJI_JOINER = 8;

const FLAG_RE = {
  mark: /^\p{M}$/u,
  ignorable: /^\p{Default_Ignorable_Code_Point}$/u,
  format: /^\p{Cf}$/u,
  noScript: /^[\p{Script=Common}\p{Script=Inherited}]$/u,
} as const;

/**
 * Invisible: default-ignorable (zero-width characters, joiners, variation selectors, bidi controls, soft
 * hyphen, Hangul fillers, tags), or a format character of no particular script. The Arabic, Syriac and
 * Kaithi number signs are format characters too, but visible, and belong to their script.
 */
export function isInvisible(char: string): boolean {
  return FLAG_RE.ignorable.test(char) || (FLAG_RE.format.test(char) && FLAG_RE.noScript.test(char));
}

export function computeFlags(cp: number): number {
  if (isSurrogate(cp)) return 0;
  const char = String.fromCodePoint(cp);
  let f = 0;
  if (FLAG_RE.mark.test(char)) f |= MARK;
  if (isInvisible(char)) f |= INVISIBLE;
  if (isPictograph(char)) f |= PICTOGRAPH_FLAG;
  // ZWJ, variation selectors and tag characters build emoji sequences.
  if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f)) f |= EMOJI_JOINER;
  return f;
}
