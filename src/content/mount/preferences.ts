import { GENERATOR_LENGTH } from '../../policy/generate.ts';
import { setLanguage, t } from '../../shared/i18n.ts';
import { asChosen } from '../../shared/language.ts';
import { nativeApi } from '../../shared/native.ts';
import { hasControlCharacters } from '../../stored/control-characters.ts';
import {
  DEFAULT_SETTINGS,
  isEnvelope,
  isMethod,
  KEYS,
  MEMO_LIMITS,
  MEMO_VERSION,
  type Migrations,
  migrated,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
} from '../../stored/shapes.ts';

/** What the content script needs from the applicant's settings and memo. It only reads them. */
export interface Preferences {
  generatorLength: number;
  loginHints: boolean;
  /** "Label: login method" lines from the memo, shown in the login hint. */
  notes: string[];
}

export const DEFAULT_PREFERENCES: Preferences = { ...DEFAULT_SETTINGS, notes: [] };

/**
 * Reads the popup's `settings` and `memo` items (the shapes in src/stored/shapes.ts) with a small
 * structural check instead of their zod schemas: the popup validates, repairs and reports bad data; here
 * anything unexpected simply falls back to the default, and zod stays out of the mount code.
 */
export function toPreferences(stored: Record<string, unknown>): Preferences {
  // The language chosen in the popup (if any) first: the memo notes below are already translated.
  setLanguage(asChosen(stored[KEYS.locale]));
  const settings = unwrap(stored[KEYS.settings], SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  const memo = unwrap(stored[KEYS.memo], MEMO_VERSION, {});
  const length = settings?.generatorLength;
  return {
    generatorLength:
      Number.isInteger(length) &&
      (length as number) >= GENERATOR_LENGTH.min &&
      (length as number) <= GENERATOR_LENGTH.max
        ? (length as number)
        : DEFAULT_SETTINGS.generatorLength,
    loginHints: typeof settings?.loginHints === 'boolean' ? settings.loginHints : DEFAULT_SETTINGS.loginHints,
    notes: notesOf(memo?.entries),
  };
}

/** An envelope's value at the current version, as the popup would migrate it; undefined if it is no object. */
function unwrap(
  stored: unknown,
  version: number,
  migrations: Migrations,
): Record<string, unknown> | undefined {
  if (!isEnvelope(stored) || stored.v > version) return undefined;
  const value = migrated(stored, version, migrations)?.value;
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
  return entries.slice(0, MEMO_LIMITS.notesShown).flatMap((entry) => {
    const { label, method } = (entry ?? {}) as { label?: unknown; method?: unknown };
    if (typeof label !== 'string' || !isMethod(method) || hasControlCharacters(label)) return [];
    return [t('login_hint_note', `\u2068${label.slice(0, MEMO_LIMITS.label)}\u2069`, t(METHOD_KEYS[method]))];
  });
}

const READ = Object.values(KEYS);

/** Reads the preferences once, then calls `onChange` whenever the popup changes them. */
export async function loadPreferences(
  signal: AbortSignal,
  onChange: (next: Preferences) => void,
): Promise<Preferences> {
  const storage = nativeApi()?.storage;
  if (!storage?.local) return DEFAULT_PREFERENCES;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && READ.some((key) => key in changes)) {
      storage.local.get(READ).then(
        (stored) => onChange(toPreferences(stored)),
        () => {},
      );
    }
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener));
  try {
    return toPreferences(await storage.local.get(READ));
  } catch {
    return DEFAULT_PREFERENCES;
  }
}
