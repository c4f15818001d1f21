import { z } from 'zod/mini';
import { GENERATOR_LENGTH } from '../policy/generate.ts';
import { flag, whole } from './schema.ts';
import { DEFAULT_SETTINGS as DEFAULTS, type SettingsShape } from './shapes.ts';

// Leaf checks as plain predicates: see schema.ts.
export const SettingsSchema = z.object({
  generatorLength: whole(GENERATOR_LENGTH.min, GENERATOR_LENGTH.max),
  loginHints: flag(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = DEFAULTS satisfies SettingsShape;

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
