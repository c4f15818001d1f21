/**
 * Unicode basics the checker and the explanation engine share: one definition of what a pictograph is,
 * and one way to step through a string by code point (a lone surrogate counts as one code point).
 */

/** A pictograph starts an emoji: an Extended_Pictographic, a flag's regional indicator, or a skin tone. */
export const PICTOGRAPH = '[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\p{Emoji_Modifier}]';

const PICTOGRAPH_ONLY = new RegExp(`^${PICTOGRAPH}$`, 'u');

/** Whether `char` (one code point) is a pictograph. */
export const isPictograph = (char: string): boolean => PICTOGRAPH_ONLY.test(char);

export const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

/** Code units of the code point at `i` (2 for a surrogate pair that ends before `end`, else 1). */
export function unitsAt(text: string, i: number, end = text.length): 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

export function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += unitsAt(text, i, to)) count++;
  return count;
}
