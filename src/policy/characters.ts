import { isInvisible } from './code-point-flags.ts';
import { codePointLabel, HINT, msg } from './hints.ts';
import { latinLetter, norwegianHint, slavicOrGreek } from './letters.ts';
import { decimalDigitValue } from './plain-forms.ts';
import { scriptOf } from './scripts.ts';
import type { Classified } from './types.ts';
import { isPictograph, isSurrogate } from './unicode.ts';
import { controlCharacter, invisibleCharacter, spaceCharacter } from './unseen-characters.ts';

export type { Classified, RefusedKind } from './types.ts';

// Constant results are shared, so a long refused run does not allocate one per character.
export const EMOJI: Classified = { kind: 'emoji', hint: HINT.emoji };
const LONE_SURROGATE: Classified = {
  kind: 'lone-surrogate',
  hint: HINT.broken,
  name: msg('char_broken_character'),
};
const ASCII_SYMBOL: Classified = { kind: 'ascii-symbol', hint: HINT.symbol };
const SPACE: Classified = { kind: 'space', hint: HINT.space, name: msg('char_space') };
/** Unassigned, private-use and noncharacter code points, and modifier letters of no script. */
const OTHER: Classified = { kind: 'other', hint: HINT.symbol };

const RE = {
  control: /^\p{Cc}$/u,
  lineSeparator: /^[\p{Zl}\p{Zp}]$/u,
  space: /^\p{Zs}$/u,
  commonScript: /^[\p{Script=Common}\p{Script=Inherited}]$/u,
  mark: /^\p{M}$/u,
  unassigned: /^[\p{Cn}\p{Co}]$/u,
  decimalDigit: /^\p{Nd}$/u,
  asciiDigits: /^[0-9]+$/,
  asciiLetters: /^[A-Za-z]+$/,
  latin: /^\p{Script=Latin}/u,
  cyrillic: /^\p{Script=Cyrillic}/u,
  greek: /^\p{Script=Greek}/u,
  symbol: /^[\p{S}\p{P}]$/u,
  number: /^\p{N}$/u,
  letter: /^\p{L}$/u,
} as const;

const isAsciiLetter = (cp: number) => (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);

/** Full-width A–Z and a–z (U+FF21–FF3A, U+FF41–FF5A), from East Asian input modes. */
const isFullWidthLetter = (cp: number) => (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);

/**
 * What a refused cluster is: a character plus any combining marks on it. The first code point decides
 * the kind; the whole cluster is looked at through NFC/NFKC so that "a" + U+030A is the Norwegian å and
 * Cyrillic "е" + U+0308 is the Cyrillic ё. A cluster that starts with an allowed letter or digit is that
 * letter with marks on it.
 */
export function classifyCluster(cluster: string): Classified {
  const cp = cluster.codePointAt(0) ?? 0;
  if (cp < 0x80 && (isAsciiLetter(cp) || (cp >= 48 && cp <= 57)) && cluster.length > 1) {
    return classifyMarkedBase(cluster, String.fromCharCode(cp));
  }
  return classifyCharacter(String.fromCodePoint(cp), cluster);
}

/** An allowed letter or digit carrying combining marks (é typed as e + U+0301, å as a + U+030A). */
function classifyMarkedBase(cluster: string, base: string): Classified {
  const norwegian = norwegianHint(cluster.normalize('NFC'));
  if (norwegian) return norwegian;
  if (isAsciiLetter(base.charCodeAt(0)))
    return { kind: 'accented-latin', hint: msg('hint_plain_letter', base) };
  return { kind: 'combining-mark', hint: msg('hint_remove_mark_after', base) };
}

/**
 * One refused character (`char`, a single code point) at the head of `cluster` (the character with any
 * combining marks after it). The order matters: what the character does (control, space, invisible,
 * mark, pictograph) comes before what it looks like, and compatibility forms before scripts.
 */
export function classifyCharacter(char: string, cluster: string = char): Classified {
  const cp = char.codePointAt(0) ?? 0;
  if (isSurrogate(cp)) return LONE_SURROGATE;
  if (cp < 0x80) {
    if (cp === 0x20) return SPACE;
    if (cp < 0x20 || cp === 0x7f) return controlCharacter(cp);
    return ASCII_SYMBOL;
  }
  if (RE.control.test(char)) return controlCharacter(cp);
  if (RE.lineSeparator.test(char))
    return { kind: 'control', hint: HINT.control, name: msg('char_line_break') };
  if (RE.space.test(char)) return spaceCharacter(cp);
  if (isInvisible(char)) return invisibleCharacter(char, cp);
  if (RE.mark.test(char)) {
    return { kind: 'combining-mark', hint: HINT.mark, name: msg('char_combining_mark', codePointLabel(cp)) };
  }
  if (isPictograph(char)) return EMOJI;
  if (RE.unassigned.test(char)) return OTHER;

  const composed = cluster.normalize('NFC');
  const norwegian = norwegianHint(composed);
  if (norwegian) return norwegian;

  const compat = cluster.normalize('NFKC');
  if (RE.decimalDigit.test(char) || RE.asciiDigits.test(compat)) {
    const digits = RE.asciiDigits.test(compat) ? compat : decimalDigitValue(cp);
    return {
      kind: 'non-ascii-digit',
      hint: digits === undefined ? HINT.digitAny : msg('hint_digit', digits),
    };
  }
  if (RE.asciiLetters.test(compat)) {
    return isFullWidthLetter(cp)
      ? { kind: 'full-width-latin', hint: msg('hint_full_width', compat) }
      : { kind: 'latin-compat', hint: msg('hint_latin_compat', compat) };
  }

  // A character of no script of its own (MICRO SIGN) is judged by its compatibility form (Greek mu).
  const scriptChar = RE.commonScript.test(char) ? compat : char;
  if (RE.cyrillic.test(scriptChar)) return slavicOrGreek('cyrillic', char, cluster);
  if (RE.greek.test(scriptChar)) return slavicOrGreek('greek', char, cluster);
  if (RE.latin.test(scriptChar)) return latinLetter(cluster, composed, compat);
  // Numbers of no script (½, ⅓) are symbols to the applicant; a script's own numerals belong to it.
  if (RE.symbol.test(char) || (RE.number.test(char) && RE.commonScript.test(char))) {
    return { kind: 'symbol', hint: HINT.symbol };
  }
  const script = scriptOf(char);
  if (script) return { kind: 'other-script', hint: HINT.otherScript, script };
  if (RE.letter.test(char) && !RE.commonScript.test(char))
    return { kind: 'other-script', hint: HINT.otherScript };
  // Modifier letters of no script.
  return OTHER;
}

/** A keycap emoji (digit + U+FE0F + U+20E3): still an emoji, but the fix is the digit on the keycap. */
export function keycap(digit: string): Classified {
  return { kind: 'emoji', hint: msg('hint_digit', digit) };
}
