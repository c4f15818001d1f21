import { GENERATOR_LENGTH } from '../policy/generate.ts';

/**
 * What the stored data looks like where both sides read it without zod: the popup validates with the
 * schemas in settings.ts and memo.ts, the content script reads with a structural check (preferences.ts).
 */

/**
 * Version 1 → 2: the default length went from 20 to 16 (B2C pages of UDI's kind refuse more than 16).
 * A 20 stored by version 1 is that old default for nearly everyone, so it moves to the new one; any other
 * length the applicant chose, and every other field, is kept as it was.
 */
export function migrateSettingsV1(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const settings = value as Record<string, unknown>;
  return settings.generatorLength === OLD_DEFAULT_LENGTH
    ? { ...settings, generatorLength: GENERATOR_LENGTH.default }
    : value;
}

const OLD_DEFAULT_LENGTH = 20;
