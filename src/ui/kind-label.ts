import type { RefusedKind } from '../policy/types.ts';
import type { Message, MessageKey } from '../shared/message-key.ts';

const LABELS: Record<RefusedKind, MessageKey> = {
  'ascii-symbol': 'kind_ascii_symbol',
  symbol: 'kind_symbol',
  space: 'kind_space',
  control: 'kind_control',
  'norwegian-letter': 'kind_norwegian_letter',
  'accented-latin': 'kind_accented_latin',
  'latin-compat': 'kind_latin_compat',
  cyrillic: 'kind_cyrillic',
  greek: 'kind_greek',
  'other-script': 'kind_other_script',
  'non-ascii-digit': 'kind_non_ascii_digit',
  'full-width-latin': 'kind_full_width_latin',
  invisible: 'kind_invisible',
  'combining-mark': 'kind_combining_mark',
  emoji: 'kind_emoji',
  'lone-surrogate': 'kind_lone_surrogate',
  'looks-like-latin': 'kind_looks_like_latin',
  other: 'kind_other',
};

/** The heading of a group of refused characters; another alphabet is named in the UI's language. */
export function kindLabel(kind: RefusedKind, script?: string, language?: string): Message {
  if (kind === 'other-script' && script) {
    try {
      const name = new Intl.DisplayNames(language ? [language] : undefined, { type: 'script' }).of(script);
      if (name) return { key: 'kind_other_script_named', params: [name] };
    } catch {
      // Unknown script code or no Intl.DisplayNames: the unnamed heading still says what to do.
    }
  }
  return { key: LABELS[kind] };
}
