import type { Message } from '../shared/message-key.ts';
import { personalWords } from './personal-words.ts';
import { reasonsFor } from './reasons.ts';
import { type Guesses, guessesFor, MAX_LENGTH, zxcvbn } from './zxcvbn.ts';

/**
 * How easy a password is to guess, by zxcvbn-ts (the guesses an attacker needs who tries common passwords,
 * words, names, years, keyboard runs and repeats first), as message keys. For a password UDI already
 * accepts: `weak: false` means "not easy to guess", and the UI calls a password strong only together with
 * UDI's acceptance, never from this verdict alone. Nothing about the password leaves the call: no storage,
 * no message, no network, and the verdict holds message keys, never a part of the password.
 */
export interface StrengthVerdict {
  weak: boolean;
  /** Why it is easy to guess, most telling first; empty when not weak. */
  reasons: Message[];
  /** What to do instead; empty when not weak. */
  advice: Message[];
}

/**
 * Weak below zxcvbn's score 3: 10^8 guesses (+5, zxcvbn's own boundary). Its scale: 2 "somewhat guessable,
 * protects from unthrottled online attacks", 3 "safely unguessable, moderate protection from an offline
 * slow-hash attack". An account holding a passport scan and a residence case should survive a leaked
 * password database, so 3 is the bar. Not 4 (10^10): zxcvbn counts 10^12 for 12 random letters and
 * digits, and a common word that happens to appear in them takes orders of magnitude off, so 4 would now
 * and then call a password from Generate weak, which must never happen. 3 leaves a margin of at least
 * two orders of magnitude (test/strength/estimate.test.ts checks thousands of generated passwords).
 */
export const WEAK_BELOW = 1e8 + 5;

const ADVICE: readonly Message[] = [{ key: 'strength_advice_longer' }, { key: 'strength_advice_generate' }];

/** A part of the email's name this long in the password is the applicant's name, not a coincidence. */
const PERSONAL_LENGTH = 4;

export function estimateStrength(password: string, userInputs: readonly string[] = []): StrengthVerdict {
  const words = personalWords(userInputs);
  const { guesses, sequence } = estimateGuesses(password, words);
  if (guesses >= WEAK_BELOW) return { weak: false, reasons: [], advice: [] };
  // zxcvbn keeps one reading of each part: "Nordmann1990" for ola.nordmann@… is a Norwegian surname to
  // it. Whether or not that reading won, the applicant's own name in the password is the first thing to say.
  const lower = password.slice(0, MAX_LENGTH).toLowerCase();
  const personal = words.some((word) => word.length >= PERSONAL_LENGTH && lower.includes(word));
  return { weak: true, reasons: reasonsFor(sequence, personal), advice: [...ADVICE] };
}

/**
 * zxcvbn's guesses, with the one case-blind second look below; `words` as personalWords makes them.
 * Exported for tests and the benchmark.
 */
export function estimateGuesses(password: string, words: string[] = []): Guesses {
  const estimate = guessesFor(password, words);
  // UDI asks for a capital, so most people capitalise one letter of a lower-case password, usually the
  // first. zxcvbn's repeat, sequence and keyboard matchers see case ("Abcabcabc1" is no repeat to them);
  // an attacker tries the capital in each place: at most one guess more per letter.
  const head = password.slice(0, MAX_LENGTH);
  if (estimate.guesses < WEAK_BELOW || head.match(/[A-Z]/g)?.length !== 1) return estimate;
  const lower = guessesFor(password.toLowerCase(), words);
  const guesses = lower.guesses * (head.match(/[a-z]/gi)?.length ?? 1);
  return guesses < estimate.guesses ? { guesses, sequence: lower.sequence } : estimate;
}

/** Does the first estimate's work (ranking the word lists) now, so that the first estimate is quick. */
export function prepareEstimator(): void {
  zxcvbn();
}
