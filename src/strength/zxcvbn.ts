import { type MatchEstimated, type Matcher, MatcherBaseClass, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { dictionary as arabic } from '@zxcvbn-ts/language-ar';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as english } from '@zxcvbn-ts/language-en';
import { NORWEGIAN_WORDS } from './norwegian-words.ts';

/**
 * zxcvbn-ts as we configure it: its common-password and English lists, the Arabic pack's names (Arabic
 * names written in Latin letters, as a password UDI accepts must be), our Norwegian words, and its
 * keyboard layouts. No pack exists for Norwegian, Ukrainian or Russian; the common list already holds
 * many passwords from Russian-speaking sites (parol, privet, ukraina). Its network matcher
 * (the HaveIBeenPwned one) is not a dependency: nothing about a password leaves this module.
 */

/** The Norwegian list's name in zxcvbn's matches (reasons.ts tells it apart from the others). */
export const NORWEGIAN_DICTIONARY = 'words-nb';

/**
 * Only the first 40 characters are estimated: zxcvbn's work grows faster than the length (about 50 ms at
 * 40 on a slow machine) and UDI sets no maximum, so a pasted megabyte must not cost more. A password whose
 * first 40 characters are hard to guess is hard to guess.
 */
export const MAX_LENGTH = 40;

/**
 * zxcvbn's l33t table without the symbols UDI refuses (@ $ ! | ( ...) and without its letter-for-letter
 * swaps (vv for w, nn for m): digits are the only l33t a password UDI accepts can hold, and the fewer
 * swaps, the fewer variants of the password zxcvbn matches against every word list.
 */
const DIGIT_L33T = {
  a: ['4'],
  b: ['8'],
  d: ['6'],
  e: ['3'],
  g: ['6', '9'],
  i: ['1'],
  l: ['1', '7'],
  o: ['0'],
  q: ['9'],
  s: ['5'],
  t: ['7'],
  z: ['2'],
};

/**
 * l33t variants tried per password. zxcvbn's default of 100 costs half a second at 40 characters; 8 finds
 * the same words as 16 and 100 in P4ssw0rd1, S0mm3r2024, H3mm3l1g1, M0h4mm3d1990 and K4tt3n1 (the same
 * guesses) at a half to a third of 16's time on long passwords.
 */
const L33T_VARIANTS = 8;

/**
 * zxcvbn-ts 4's word-sequence matcher ("onetwothree") is switched off: its scoring counts 2 guesses for any
 * two words of its short lists in a row, whatever they are ("oxdog", "sixten", reversed too), so plain
 * random letters hold a 50-guess "sequence" now and then (one in 5,000 random 12-character passwords lost
 * three orders of magnitude to it), and it was a third of the estimate's time. Its words stay in the
 * dictionaries, where they count by their rank.
 */
class NoWordSequences extends MatcherBaseClass {
  match() {
    return [];
  }
}
const NO_WORD_SEQUENCES: Matcher = {
  Matching: NoWordSequences,
  scoring: () => 0,
  feedback: () => null,
};

let factory: ZxcvbnFactory | undefined;

/**
 * Built on first use, or ahead of it: ranking the word lists (a lookup table of 240,000 words) is the
 * first estimate's cost, hundreds of milliseconds on a slow machine.
 */
export function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory(
    {
      dictionary: {
        ...common,
        ...english,
        'firstnames-ar': arabic.firstnames,
        'lastnames-ar': arabic.lastnames,
        [NORWEGIAN_DICTIONARY]: [...NORWEGIAN_WORDS],
      },
      graphs: adjacencyGraphs,
      l33tTable: DIGIT_L33T,
      l33tMaxSubstitutions: L33T_VARIANTS,
      maxLength: MAX_LENGTH,
    },
    { wordSequence: NO_WORD_SEQUENCES },
  );
  return factory;
}

export interface Guesses {
  /** zxcvbn's estimate of the guesses an attacker needs. */
  guesses: number;
  /** The parts it split the password into, each with what it matched (word list, keyboard, year...). */
  sequence: readonly MatchEstimated[];
}

export function guessesFor(password: string, userInputs: string[]): Guesses {
  const { guesses, sequence } = zxcvbn().check(password, userInputs);
  return { guesses, sequence: sequence as MatchEstimated[] };
}
