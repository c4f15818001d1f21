import type { Message, MessageKey } from '../shared/message-key.ts';
import { isInvisible } from './code-point-flags.ts';
import { LOOK_ALIKES } from './look-alikes.ts';
import { decimalDigitValue, plainLetters } from './plain-forms.ts';
import { scriptOf } from './scripts.ts';
import type { Classified } from './types.ts';
import { isPictograph, isSurrogate } from './unicode.ts';

export type { Classified, RefusedKind } from './types.ts';

const msg = (key: MessageKey, ...params: string[]): Message => (params.length ? { key, params } : { key });

// Constant messages and results are shared, so a long refused run does not allocate one per character.
const HINT = {
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

/** æ ø å in any form (precomposed, a + U+030A after NFC, ANGSTROM SIGN after NFC) and how to write them. */
const NORWEGIAN: ReadonlyMap<string, readonly string[]> = new Map([
  ['æ', ['ae']],
  ['Æ', ['Ae']],
  ['ø', ['o', 'oe']],
  ['Ø', ['O', 'Oe']],
  ['å', ['aa']],
  ['Å', ['Aa']],
]);

/** Invisible characters people actually meet in pasted text, by name; the rest are named by code point. */
const INVISIBLE_NAMES: ReadonlyMap<number, MessageKey> = new Map([
  [0x200b, 'char_zero_width_space'],
  [0x200c, 'char_zero_width_non_joiner'],
  [0x200d, 'char_zero_width_joiner'],
  [0x2060, 'char_word_joiner'],
  [0xfeff, 'char_byte_order_mark'],
  [0x00ad, 'char_soft_hyphen'],
] as const);

const RE = {
  control: /^\p{Cc}$/u,
  lineSeparator: /^[\p{Zl}\p{Zp}]$/u,
  space: /^\p{Zs}$/u,
  commonScript: /^[\p{Script=Common}\p{Script=Inherited}]$/u,
  bidi: /^\p{Bidi_Control}$/u,
  mark: /^\p{M}$/u,
  marks: /\p{M}/gu,
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

export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

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

function controlCharacter(cp: number): Classified {
  const name =
    cp === 0x09
      ? msg('char_tab')
      : cp === 0x0a || cp === 0x0d
        ? msg('char_line_break')
        : msg('char_control', codePointLabel(cp));
  return { kind: 'control', hint: HINT.control, name };
}

function spaceCharacter(cp: number): Classified {
  // U+00A0, FIGURE SPACE and NARROW NO-BREAK SPACE: what word processors put between numbers and units.
  const noBreak = cp === 0xa0 || cp === 0x2007 || cp === 0x202f;
  return {
    kind: 'space',
    hint: HINT.space,
    name: noBreak ? msg('char_no_break_space') : msg('char_other_space', codePointLabel(cp)),
  };
}

function invisibleCharacter(char: string, cp: number): Classified {
  const named = INVISIBLE_NAMES.get(cp);
  const name = named
    ? msg(named)
    : RE.bidi.test(char)
      ? msg('char_direction_mark')
      : msg('char_invisible', codePointLabel(cp));
  return { kind: 'invisible', hint: HINT.invisible, name };
}

function norwegianHint(composed: string): Classified | undefined {
  const spelled = NORWEGIAN.get(composed);
  if (!spelled) return undefined;
  const [first = '', alternative] = spelled;
  return {
    kind: 'norwegian-letter',
    hint: alternative ? msg('hint_norwegian_or', first, alternative) : msg('hint_norwegian', first),
  };
}

function slavicOrGreek(script: 'cyrillic' | 'greek', char: string, cluster: string): Classified {
  // With marks on it, the letter no longer looks like the plain Latin one: say what it is instead.
  const imitated = char === cluster ? LOOK_ALIKES.get(char) : undefined;
  if (imitated) return { kind: 'looks-like-latin', hint: msg(`hint_looks_like_${script}`, imitated) };
  return { kind: script, hint: script === 'cyrillic' ? HINT.cyrillic : HINT.greek };
}

/** A Latin letter outside A–Z: a compatibility form (ǅ, ﬀ-like ligatures with marks) or accented/special. */
function latinLetter(cluster: string, composed: string, compat: string): Classified {
  // ǿ and ǽ are ø and æ with an accent: the Norwegian advice fits best.
  const norwegian = norwegianHint(composed.normalize('NFD').replace(RE.marks, ''));
  if (norwegian) return norwegian;
  const plain = plainLetters(cluster);
  if (compat !== composed) {
    return { kind: 'latin-compat', hint: plain ? msg('hint_latin_compat', plain) : HINT.plainAny };
  }
  return { kind: 'accented-latin', hint: plain ? msg('hint_plain_letter', plain) : HINT.plainAny };
}

/** A keycap emoji (digit + U+FE0F + U+20E3): still an emoji, but the fix is the digit on the keycap. */
export function keycap(digit: string): Classified {
  return { kind: 'emoji', hint: msg('hint_digit', digit) };
}
