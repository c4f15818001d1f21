import type { Message } from '../shared/message-key.ts';

/** Why UDI refuses a character, from the applicant's point of view: what it is, so they know what to fix. */
export type RefusedKind =
  | 'ascii-symbol'
  | 'symbol'
  | 'space'
  | 'control'
  | 'norwegian-letter'
  | 'accented-latin'
  | 'latin-compat'
  | 'cyrillic'
  | 'greek'
  | 'other-script'
  | 'non-ascii-digit'
  | 'full-width-latin'
  | 'invisible'
  | 'combining-mark'
  | 'emoji'
  | 'lone-surrogate'
  | 'looks-like-latin'
  | 'other';

/** What a refused character is and how to fix it, as message keys. */
export interface Classified {
  kind: RefusedKind;
  hint: Message;
  /** A name for what cannot be shown: invisible, blank and control characters, loose marks, broken halves. */
  name?: Message;
  /** For other-script: the ISO 15924 code (e.g. 'Arab'), for `Intl.DisplayNames(lang, { type: 'script' })`. */
  script?: string;
  /** For other-script: Unicode's English name of the script (e.g. 'Arabic'). */
  scriptName?: string;
}

/**
 * One refused character, as the applicant sees it. Usually one code point; one entry covers a whole emoji
 * grapheme (a flag, a family, a keycap), a line break typed as CR LF, or a letter with its combining marks.
 * An entry may start with an allowed letter or digit only when combining marks or a keycap sign follow it
 * in the same entry ("e" + U+0301 is é, "a" + U+030A is å, "1" U+FE0F U+20E3 is 1️⃣): what the applicant
 * typed and sees is one refused character, so that is what is explained and where its position points.
 */
export interface Refused extends Classified {
  /** Code-point index of the entry's first code point. */
  index: number;
  /** How many code points the entry covers. */
  length: number;
  /** The refused character itself; the UI shows it only behind a "show" control. */
  text: string;
}

export type RuleId =
  | 'min-length'
  | 'max-length'
  | 'upper'
  | 'lower'
  | 'digit'
  | 'allowed-characters'
  /** The page's own limits on its field (page-limits.ts), stricter than UDI's. */
  | 'page-min-length'
  | 'page-max-length'
  | 'page-pattern';

export interface RuleResult {
  id: RuleId;
  ok: boolean;
  message: Message;
  /** For min-length and max-length: the length in code points (an emoji counts 1). */
  count?: number;
}

export interface Verdict {
  /** Exactly UDI's acceptance rule (for UDI_POLICY). */
  ok: boolean;
  /** Length in code points. */
  length: number;
  rules: RuleResult[];
  /** Refused characters in order (capped by `maxRefused`, if the caller asked for a cap). */
  refused: Refused[];
  /** How many refused entries there are in all, also beyond a cap. */
  refusedCount: number;
}
