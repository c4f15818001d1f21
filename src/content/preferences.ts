import { GENERATOR_LENGTH } from '../policy/generate.ts';
import { hasControlCharacters } from '../shared/control-characters.ts';
import { setLanguage, t } from '../shared/i18n.ts';
import { asChosen, LOCALE_KEY } from '../shared/language.ts';
import { nativeApi } from '../shared/native.ts';
import { migrateSettingsV1 } from '../shared/stored.ts';

/** What the content script needs from the applicant's settings and memo. It only reads them. */
export interface Preferences {
  generatorLength: number;
  loginHints: boolean;
  /** "Label: login method" lines from the memo, shown in the login hint. */
  notes: string[];
}

export const DEFAULT_PREFERENCES: Preferences = {
  generatorLength: GENERATOR_LENGTH.default,
  loginHints: true,
  notes: [],
};

/**
 * Reads the popup's `settings` and `memo` items (src/shared/storage.ts: `{ v, value }` envelopes) with
 * a small structural check instead of their zod schemas: the popup validates, repairs and reports bad
 * data; here anything unexpected simply falls back to the default, and zod stays out of the mount code (13 KB budget).
 */
export function toPreferences(stored: Record<string, unknown>): Preferences {
  // The language chosen in the popup (if any) first: the memo notes below are already translated.
  setLanguage(asChosen(stored[LOCALE_KEY]));
  const settings = unwrap(stored.settings, migrateSettingsV1);
  const memo = unwrap(stored.memo);
  const length = settings?.generatorLength;
  return {
    generatorLength:
      Number.isInteger(length) &&
      (length as number) >= GENERATOR_LENGTH.min &&
      (length as number) <= GENERATOR_LENGTH.max
        ? (length as number)
        : DEFAULT_PREFERENCES.generatorLength,
    loginHints: typeof settings?.loginHints === 'boolean' ? settings.loginHints : true,
    notes: notesOf(memo?.entries),
  };
}

/** The value of a `{ v, value }` envelope; a version-1 value through `fromV1` when there is one. */
function unwrap(
  envelope: unknown,
  fromV1?: (value: unknown) => unknown,
): Record<string, unknown> | undefined {
  if (typeof envelope !== 'object' || envelope === null) return undefined;
  const { v, value: stored } = envelope as { v?: unknown; value?: unknown };
  const value = v === 1 && fromV1 ? fromV1(stored) : stored;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

const METHOD_KEYS = { idporten: 'login_hint_method_idporten', email: 'login_hint_method_email' } as const;

/**
 * "Label: method" lines. A label the popup would refuse now (bidi or control characters, stored before it
 * refused them) is left out; the others are isolated (U+2068…U+2069), so a right-to-left label cannot
 * reorder the words around it.
 */
function notesOf(entries: unknown): string[] {
  if (!Array.isArray(entries)) return [];
  return entries.slice(0, 10).flatMap((entry) => {
    const { label, method } = (entry ?? {}) as { label?: unknown; method?: unknown };
    if (typeof label !== 'string' || !(method === 'idporten' || method === 'email')) return [];
    if (hasControlCharacters(label)) return [];
    return [t('login_hint_note', `\u2068${label.slice(0, 80)}\u2069`, t(METHOD_KEYS[method]))];
  });
}

const KEYS = ['settings', 'memo', LOCALE_KEY];

/** Reads the preferences once, then calls `onChange` whenever the popup changes them. */
export async function loadPreferences(
  signal: AbortSignal,
  onChange: (next: Preferences) => void,
): Promise<Preferences> {
  const storage = nativeApi()?.storage;
  if (!storage?.local) return DEFAULT_PREFERENCES;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) {
      storage.local.get(KEYS).then(
        (stored) => onChange(toPreferences(stored)),
        () => {},
      );
    }
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener));
  try {
    return toPreferences(await storage.local.get(KEYS));
  } catch {
    return DEFAULT_PREFERENCES;
  }
}
