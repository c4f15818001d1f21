import { EMOJI_JOINER, MARK, PICTOGRAPH_FLAG } from './code-point-flags.ts';
import { isSurrogate, PICTOGRAPH, unitsAt } from './unicode.ts';

// Emoji graphemes: a flag, a family or a keycap is one refused entry, cut out by Intl.Segmenter.

/**
 * Longest emoji run handed to Intl.Segmenter at once. V8's segmenter gets slower per grapheme as its
 * input grows (25 µs per grapheme in a 64k-character string), so it only ever sees short runs.
 */
const MAX_EMOJI_RUN = 256;

let segmenter: Intl.Segmenter | undefined;

/** End of a keycap sequence ([U+FE0F] U+20E3) whose sign starts at `at`, or 0. */
export function keycapEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x20e3) return at + 1;
  if (c === 0xfe0f && text.charCodeAt(at + 1) === 0x20e3) return at + 2;
  return 0;
}

/**
 * Where the run of pictographs and what joins them ends (exclusive), starting with a pictograph of
 * `size` units at `start`; at most MAX_EMOJI_RUN units long.
 */
export function emojiRunEnd(
  text: string,
  start: number,
  size: number,
  scan: { flagsOf(cp: number): number },
): number {
  let i = start + size;
  let lastCut = -1;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (isSurrogate(cp)) break;
    const f = scan.flagsOf(cp);
    if (!(f & (PICTOGRAPH_FLAG | MARK | EMOJI_JOINER))) break;
    const step = unitsAt(text, i);
    if (i - start + step > MAX_EMOJI_RUN) return lastCut > start ? lastCut : i;
    // A pictograph not joined to the one before starts a new grapheme: a safe place to cut a long run.
    if (f & PICTOGRAPH_FLAG && text.charCodeAt(i - 1) !== 0x200d) lastCut = i;
    i += step;
  }
  return i;
}

const PICTOGRAPH_AT = new RegExp(PICTOGRAPH, 'uy');

export function isPictographAt(text: string, at: number): boolean {
  PICTOGRAPH_AT.lastIndex = at;
  return PICTOGRAPH_AT.test(text);
}

/** Grapheme boundaries inside [start, end), from Intl.Segmenter; the whole run if there is none. */
export function graphemes(text: string, start: number, end: number): [number, number][] {
  const run = text.slice(start, end);
  try {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const out: [number, number][] = [];
    for (const { index, segment } of segmenter.segment(run)) {
      out.push([start + index, start + index + segment.length]);
    }
    return out;
  } catch {
    return [[start, end]];
  }
}
