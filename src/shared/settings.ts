import { z } from 'zod/mini';
import { GENERATOR_LENGTH } from '../policy/generate.ts';

/** The generator's length range: the policy's own, so the setting can never ask for a length it refuses. */
export const LENGTH = GENERATOR_LENGTH;

// One `refine` per field rather than z.int(), z.gte(), z.lte() and z.maxLength(): the same checks, without
// the classes those bring (see memo.ts).
export const SettingsSchema = z.object({
  generatorLength: z
    .number()
    .check(z.refine((n) => Number.isInteger(n) && n >= LENGTH.min && n <= LENGTH.max)),
  /** Show the "log in the way you created it" hint on UDI's login pages. */
  loginHints: z.boolean(),
  /** UI language; '' = the browser's. Reserved: the picker comes with another issue. */
  language: z.string().check(z.refine((s) => s.length <= 35)),
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
