import { METHODS, type Method } from '../advisor/types.ts';
import { GENERATOR_LENGTH } from '../policy/generate.ts';
import { LOCALE_KEY } from '../shared/language.ts';

/**
 * What the stored data looks like, in one zod-free place both sides read: the popup, which validates with
 * the schemas in settings.ts and memo.ts and writes back what it repairs (storage.ts), and the content
 * script, which only reads, with a structural check (src/content/mount/preferences.ts). Each item is stored as
 * `{ v: version, value }` under its key in storage.local; `migrations[n]` turns version n into n + 1.
 */
export const KEYS = { settings: 'settings', memo: 'memo', locale: LOCALE_KEY } as const;

export interface Envelope {
  v: number;
  value: unknown;
}

export type Migrations = Readonly<Record<number, (old: unknown) => unknown>>;

export function isEnvelope(stored: unknown): stored is Envelope {
  return (
    typeof stored === 'object' &&
    stored !== null &&
    'v' in stored &&
    Number.isInteger((stored as Envelope).v) &&
    'value' in stored
  );
}

/** The envelope's value brought to `version`; undefined when it cannot be (no step, a step that throws). */
export function migrated(
  envelope: Envelope,
  version: number,
  migrations: Migrations,
): { value: unknown } | undefined {
  let value = envelope.value;
  for (let from = envelope.v; from < version; from++) {
    const step = migrations[from];
    if (!step) return undefined;
    try {
      value = step(value);
    } catch {
      return undefined;
    }
  }
  return { value };
}

export interface SettingsShape {
  generatorLength: number;
  /** Show the "log in the way you created it" hint on UDI's login pages. */
  loginHints: boolean;
}

export const SETTINGS_VERSION = 3;
export const DEFAULT_SETTINGS: SettingsShape = {
  generatorLength: GENERATOR_LENGTH.default,
  loginHints: true,
};

/** The length of the version-1 default, which version 2 replaced (B2C pages refuse more than 16). */
const OLD_DEFAULT_LENGTH = 20;

export const SETTINGS_MIGRATIONS: Migrations = {
  /**
   * 1 → 2: the default length went from 20 to 16. A stored 20 is that old default for nearly everyone, so
   * it moves to the new one; any other length the applicant chose, and every other field, is kept.
   */
  1: (value) => {
    if (typeof value !== 'object' || value === null) return value;
    const settings = value as Record<string, unknown>;
    return settings.generatorLength === OLD_DEFAULT_LENGTH
      ? { ...settings, generatorLength: GENERATOR_LENGTH.default }
      : value;
  },
  /**
   * 2 → 3: `language` is gone; the one record of the chosen language is `locale` (the catalog with its
   * language code, written at once). The popup turns a version-2 choice that has no `locale` yet into one
   * before it reads the settings (popup/choose-language.ts), so nobody's choice is lost.
   */
  2: (value) => {
    if (typeof value !== 'object' || value === null) return value;
    const { language: _, ...rest } = value as Record<string, unknown>;
    return rest;
  },
};

export const MEMO_VERSION = 1;
/** What a memo entry may hold at most, and how many notes the login hint shows. */
export const MEMO_LIMITS = { label: 80, email: 254, entries: 200, notesShown: 10 } as const;

export const isMethod = (value: unknown): value is Method => (METHODS as readonly unknown[]).includes(value);
