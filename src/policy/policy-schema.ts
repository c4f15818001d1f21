import { z } from 'zod/mini';
import { CHARACTER_CLASSES } from './udi-policy.ts';

/**
 * A password policy as data. Described with zod so a policy from elsewhere (a test, a future settings
 * file) is validated before use; UDI's own is a constant and costs the content script no parsing.
 * The classes are ASCII only (A–Z, a–z, 0–9), as in Apple's Password Rules language: the required
 * classes are also the only allowed characters.
 */
export const PolicySchema = z
  .object({
    minLength: z.int().check(z.gte(1)),
    /** UDI publishes no maximum: keep it unset. */
    maxLength: z.optional(z.int().check(z.gte(1))),
    /** Each class must appear at least once; together they are the only characters allowed. */
    required: z.array(z.enum(CHARACTER_CLASSES)).check(
      z.minLength(1),
      z.refine((classes) => new Set(classes).size === classes.length, 'a class is listed twice'),
    ),
  })
  .check(
    z.refine(
      (policy) => policy.maxLength === undefined || policy.maxLength >= policy.minLength,
      'maxLength is below minLength',
    ),
  );
