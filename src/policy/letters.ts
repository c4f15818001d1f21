import { HINT, msg } from './hints.ts';
import { LOOK_ALIKES } from './look-alikes.ts';
import { plainLetters } from './plain-forms.ts';
import type { Classified } from './types.ts';

/** Letters UDI refuses that have a letter it accepts in them: æ ø å, accented Latin, Cyrillic and Greek look-alikes. */

/** æ ø å in any form (precomposed, a + U+030A after NFC, ANGSTROM SIGN after NFC) and how to write them. */
const NORWEGIAN: ReadonlyMap<string, readonly string[]> = new Map([
  ['æ', ['ae']],
  ['Æ', ['Ae']],
  ['ø', ['o', 'oe']],
  ['Ø', ['O', 'Oe']],
  ['å', ['aa']],
  ['Å', ['Aa']],
]);

const MARKS = /\p{M}/gu;

export function norwegianHint(composed: string): Classified | undefined {
  const spelled = NORWEGIAN.get(composed);
  if (!spelled) return undefined;
  const [first = '', alternative] = spelled;
  return {
    kind: 'norwegian-letter',
    hint: alternative ? msg('hint_norwegian_or', first, alternative) : msg('hint_norwegian', first),
  };
}

export function slavicOrGreek(script: 'cyrillic' | 'greek', char: string, cluster: string): Classified {
  // With marks on it, the letter no longer looks like the plain Latin one: say what it is instead.
  const imitated = char === cluster ? LOOK_ALIKES.get(char) : undefined;
  if (imitated) return { kind: 'looks-like-latin', hint: msg(`hint_looks_like_${script}`, imitated) };
  return { kind: script, hint: script === 'cyrillic' ? HINT.cyrillic : HINT.greek };
}

/** A Latin letter outside A–Z: a compatibility form (ǅ, ﬀ-like ligatures with marks) or accented/special. */
export function latinLetter(cluster: string, composed: string, compat: string): Classified {
  // ǿ and ǽ are ø and æ with an accent: the Norwegian advice fits best.
  const norwegian = norwegianHint(composed.normalize('NFD').replace(MARKS, ''));
  if (norwegian) return norwegian;
  const plain = plainLetters(cluster);
  if (compat !== composed) {
    return { kind: 'latin-compat', hint: plain ? msg('hint_latin_compat', plain) : HINT.plainAny };
  }
  return { kind: 'accented-latin', hint: plain ? msg('hint_plain_letter', plain) : HINT.plainAny };
}
