import type { MatchEstimated } from '@zxcvbn-ts/core';
import type { Message, MessageKey } from '../shared/message-key.ts';
import { NORWEGIAN_DICTIONARY } from './zxcvbn.ts';

type Reason = Extract<MessageKey, `strength_reason_${string}`>;

/** Most telling first: what the applicant can most easily fix, then what attackers try first. */
const ORDER: readonly Reason[] = [
  'strength_reason_personal',
  'strength_reason_common',
  'strength_reason_norwegian',
  'strength_reason_word',
  'strength_reason_word_date',
  'strength_reason_date',
  'strength_reason_keyboard',
  'strength_reason_sequence',
  'strength_reason_repeat',
  'strength_reason_short',
];

/** Shorter parts (a stray "a" or "12") turn up in any password: they explain nothing. */
const TELLING_LENGTH = 3;

/**
 * Why a password is easy to guess, from the parts zxcvbn split it into (its own feedback names only the
 * longest part, and only in English): each kind of part once, in ORDER. `personal`: the password holds
 * a word of the applicant's email, whatever zxcvbn made of it.
 */
export function reasonsFor(sequence: readonly MatchEstimated[], personal = false): Message[] {
  const found = new Set<Reason>(personal ? ['strength_reason_personal'] : []);
  let word = false;
  for (const match of sequence) {
    if (match.token.length < TELLING_LENGTH) continue;
    const reason = reasonFor(match);
    if (reason) found.add(reason);
    word ||= match.pattern === 'dictionary';
  }
  if (word && found.delete('strength_reason_date')) found.add('strength_reason_word_date');
  // Nothing recognisable: it is short enough to try every password of its length.
  if (found.size === 0) found.add('strength_reason_short');
  return ORDER.filter((key) => found.has(key)).map((key) => ({ key }));
}

function reasonFor(match: MatchEstimated): Reason | undefined {
  switch (match.pattern) {
    case 'dictionary': {
      const name = String(match.dictionaryName);
      if (name === 'userInputs') return 'strength_reason_personal';
      if (name === NORWEGIAN_DICTIONARY) return 'strength_reason_norwegian';
      if (name.startsWith('passwords')) return 'strength_reason_common';
      return 'strength_reason_word';
    }
    case 'date':
      return 'strength_reason_date';
    case 'regex':
      return match.regexName === 'recentYear' ? 'strength_reason_date' : undefined;
    case 'spatial':
      return 'strength_reason_keyboard';
    case 'sequence':
    case 'wordSequence':
      return 'strength_reason_sequence';
    case 'repeat':
      return 'strength_reason_repeat';
    default:
      return undefined;
  }
}
