import type { RefusedKind } from '../policy/types.ts';
import type { Message } from '../shared/message-key.ts';

/** 'ascii-symbol' → 'ascii_symbol', at the type level too, so every kind's message key is checked. */
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

/** Each kind's message is `kind_` + its name in snake case (a kind without one fails type checking). */
const labelKey = (kind: RefusedKind) => `kind_${kind.replaceAll('-', '_')}` as `kind_${Snake<RefusedKind>}`;

/** One Intl.DisplayNames per language: the overlay renders these headings on every keystroke. */
const namers = new Map<string, Intl.DisplayNames>();
function scriptNames(language = ''): Intl.DisplayNames {
  let namer = namers.get(language);
  if (!namer) {
    namer = new Intl.DisplayNames(language ? [language] : undefined, { type: 'script' });
    namers.set(language, namer);
  }
  return namer;
}

/** The heading of a group of refused characters; another alphabet is named in the UI's language. */
export function kindLabel(kind: RefusedKind, script?: string, language?: string): Message {
  if (kind === 'other-script' && script) {
    try {
      const name = scriptNames(language).of(script);
      if (name) return { key: 'kind_other_script_named', params: [name] };
    } catch {
      // Unknown script code or no Intl.DisplayNames: the unnamed heading still says what to do.
    }
  }
  return { key: labelKey(kind) };
}
