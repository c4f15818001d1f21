import type { MessageKey } from '../shared/message-key.ts';
import { codePointLabel, HINT, msg } from './hints.ts';
import type { Classified } from './types.ts';

/**
 * The characters the applicant cannot see or tell apart (controls, spaces other than U+0020, invisible
 * characters), named so that the refused list can say what they are.
 */

/** Invisible characters people actually meet in pasted text, by name; the rest are named by code point. */
const INVISIBLE_NAMES: ReadonlyMap<number, MessageKey> = new Map([
  [0x200b, 'char_zero_width_space'],
  [0x200c, 'char_zero_width_non_joiner'],
  [0x200d, 'char_zero_width_joiner'],
  [0x2060, 'char_word_joiner'],
  [0xfeff, 'char_byte_order_mark'],
  [0x00ad, 'char_soft_hyphen'],
] as const);

const BIDI = /^\p{Bidi_Control}$/u;

export function controlCharacter(cp: number): Classified {
  const name =
    cp === 0x09
      ? msg('char_tab')
      : cp === 0x0a || cp === 0x0d
        ? msg('char_line_break')
        : msg('char_control', codePointLabel(cp));
  return { kind: 'control', hint: HINT.control, name };
}

export function spaceCharacter(cp: number): Classified {
  // U+00A0, FIGURE SPACE and NARROW NO-BREAK SPACE: what word processors put between numbers and units.
  const noBreak = cp === 0xa0 || cp === 0x2007 || cp === 0x202f;
  return {
    kind: 'space',
    hint: HINT.space,
    name: noBreak ? msg('char_no_break_space') : msg('char_other_space', codePointLabel(cp)),
  };
}

export function invisibleCharacter(char: string, cp: number): Classified {
  const named = INVISIBLE_NAMES.get(cp);
  const name = named
    ? msg(named)
    : BIDI.test(char)
      ? msg('char_direction_mark')
      : msg('char_invisible', codePointLabel(cp));
  return { kind: 'invisible', hint: HINT.invisible, name };
}
