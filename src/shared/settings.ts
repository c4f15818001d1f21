import { z } from 'zod/mini';
import { GENERATOR_LENGTH } from '../policy/generate.ts';
import { flag, text, whole } from './schema.ts';

export { migrateSettingsV1 } from './stored.ts';

/** The generator's length range: the policy's own, so the setting can never ask for a length it refuses. */
export const LENGTH = GENERATOR_LENGTH;

// Leaf checks as plain predicates: see schema.ts.
export const SettingsSchema = z.object({
  generatorLength: whole(LENGTH.min, LENGTH.max),
  /** Show the "log in the way you created it" hint on UDI's login pages. */
  loginHints: flag(),
  /** UI language; '' = the browser's. Reserved: the picker comes with another issue. */
  language: text(0, 35),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { generatorLength: LENGTH.default, loginHints: true, language: '' };

/** Keeps every field that is still valid and defaults the others, so one bad value loses nothing else. */
export function salvageSettings(value: unknown): Settings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, schema] of Object.entries(SettingsSchema.shape)) {
    const parsed = schema.safeParse((value as Record<string, unknown>)[field]);
    if (parsed.success) settings[field] = parsed.data;
  }
  return settings as Settings;
}
