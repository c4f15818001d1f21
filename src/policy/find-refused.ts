import { type Classified, classifyCharacter, classifyCluster, EMOJI, keycap } from './characters.ts';
import { computeFlags, INVISIBLE, MARK, PICTOGRAPH_FLAG } from './code-point-flags.ts';
import { emojiRunEnd, graphemes, isPictographAt, keycapEnd } from './emoji-run.ts';
import type { Refused } from './types.ts';
import { codePointCount, isSurrogate, unitsAt } from './unicode.ts';

export interface RefusedScan {
  refused: Refused[];
  count: number;
}

/** What the scan knows about one code point: its flags and, once it has been an entry, its verdict. */
interface PointInfo {
  flags: number;
  text?: string;
  what?: Classified;
}

/**
 * Collects the refused characters of `text`, starting at code unit `from` (code point `fromCp`), which
 * the caller knows to be the first character outside A–Z a–z 0–9 (everything before it is ASCII).
 * One pass, code point by code point. Letters and digits are skipped, except as the base of combining
 * marks after them; a refused character takes its combining marks along; invisible characters are
 * always entries of their own; a pictograph starts an emoji run, which Intl.Segmenter cuts into graphemes
 * so that a flag or a family is one entry. At most `max` entries are built; `count` counts them all.
 */
export function findRefused(text: string, from: number, fromCp: number, max: number): RefusedScan {
  const scan = new Scan(text, max);
  scan.run(from, fromCp);
  return { refused: scan.refused, count: scan.count };
}

class Scan {
  readonly refused: Refused[] = [];
  count = 0;
  readonly #text: string;
  readonly #max: number;
  // Per call only: a cache that outlived the call would keep traces of the password in memory.
  readonly #points = new Map<number, PointInfo>();
  readonly #clusters = new Map<string, Classified>();
  // The cluster being built: a base character (allowed or not) and the combining marks that follow it.
  #start = -1;
  #startCp = 0;
  #base = 0;
  #allowed = false;
  #marked = false;

  constructor(text: string, max: number) {
    this.#text = text;
    this.#max = max;
  }

  run(from: number, fromCp: number): void {
    const text = this.#text;
    const n = text.length;
    // Start one character early: the letter before the first refused character may carry its marks.
    let i = from > 0 ? from - 1 : 0;
    let k = from > 0 ? fromCp - 1 : fromCp;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const digit = c >= 48 && c <= 57;
        if (digit || c === 0x23 || c === 0x2a) {
          const end = keycapEnd(text, i + 1);
          if (end > 0) {
            this.#flush(i, k);
            this.#emitSpan(i, end, k, end - i, digit ? keycap(text[i] as string) : EMOJI);
            k += end - i;
            i = end;
            continue;
          }
        }
        this.#flush(i, k);
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
          // CR LF is one line break, as the applicant sees it.
          this.#emitSpan(i, i + 2, k, 2);
          i += 2;
          k += 2;
          continue;
        }
        this.#open(i, k, c, digit || (c >= 65 && c <= 90) || (c >= 97 && c <= 122), false);
        i++;
        k++;
        continue;
      }
      const size = unitsAt(text, i);
      const cp = size === 2 ? (text.codePointAt(i) ?? c) : c;
      const flags = this.#info(cp).flags;
      if (flags & PICTOGRAPH_FLAG) {
        this.#flush(i, k);
        const end = emojiRunEnd(text, i, size, this);
        k = end === i + size ? this.#emitSpan(i, end, k, 1, EMOJI) : this.#emitEmojiRun(i, end, k);
        i = end;
        continue;
      }
      if (flags & INVISIBLE || isSurrogate(cp)) {
        this.#flush(i, k);
        this.#emitPoint(i, size, k, cp);
      } else if (flags & MARK) {
        if (this.#start < 0) this.#open(i, k, cp, false, true);
        else this.#marked = true;
      } else {
        this.#flush(i, k);
        this.#open(i, k, cp, false, false);
      }
      i += size;
      k++;
    }
    this.#flush(n, k);
  }

  flagsOf(cp: number): number {
    return cp < 0x80 ? 0 : this.#info(cp).flags;
  }

  #info(cp: number): PointInfo {
    let info = this.#points.get(cp);
    if (!info) {
      info = { flags: computeFlags(cp) };
      this.#points.set(cp, info);
    }
    return info;
  }

  #open(start: number, startCp: number, base: number, allowed: boolean, marked: boolean): void {
    this.#start = start;
    this.#startCp = startCp;
    this.#base = base;
    this.#allowed = allowed;
    this.#marked = marked;
  }

  #flush(end: number, endCp: number): void {
    const start = this.#start;
    if (start < 0) return;
    this.#start = -1;
    if (this.#marked) this.#emitSpan(start, end, this.#startCp, endCp - this.#startCp);
    else if (!this.#allowed) this.#emitPoint(start, end - start, this.#startCp, this.#base);
  }

  /** One code point alone: classified once per call, and its text string shared by every occurrence. */
  #emitPoint(at: number, size: number, index: number, cp: number): void {
    this.count++;
    if (this.refused.length >= this.#max) return;
    const info = this.#info(cp);
    if (info.text === undefined || info.what === undefined) {
      info.text = this.#text.slice(at, at + size);
      info.what = classifyCluster(info.text);
    }
    this.refused.push(entry(info.text, index, 1, info.what));
  }

  /** Several code points as one entry; returns the code-point index after it. */
  #emitSpan(start: number, end: number, index: number, length: number, classified?: Classified): number {
    this.count++;
    if (this.refused.length < this.#max) {
      const text = this.#text.slice(start, end);
      let what = classified ?? this.#clusters.get(text);
      if (!what) {
        what = classifyCluster(text);
        this.#clusters.set(text, what);
      }
      this.refused.push(entry(text, index, length, what));
    }
    return index + length;
  }

  /** Emits the graphemes of an emoji run; returns the code-point index after it. */
  #emitEmojiRun(start: number, end: number, startCp: number): number {
    const text = this.#text;
    let k = startCp;
    for (const [from, to] of graphemes(text, start, end)) {
      if (isPictographAt(text, from)) {
        k = this.#emitSpan(from, to, k, codePointCount(text, from, to), EMOJI);
        continue;
      }
      // A stray joiner or mark that the segmenter left on its own: explain each code point.
      for (let i = from; i < to; ) {
        const size = unitsAt(text, i);
        k = this.#emitSpan(i, i + size, k, 1, classifyCharacter(text.slice(i, i + size)));
        i += size;
      }
    }
    return k;
  }
}

function entry(text: string, index: number, length: number, what: Classified): Refused {
  const refused: Refused = { index, length, text, kind: what.kind, hint: what.hint };
  if (what.name) refused.name = what.name;
  if (what.script) refused.script = what.script;
  return refused;
}
