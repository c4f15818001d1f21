import { z } from 'zod/mini';

/**
 * Leaf schemas for the stored items and the memo file, each one zod `custom` check with a plain predicate.
 * zod/mini's z.string(), z.number(), z.boolean(), z.literal(), z.enum(), z.email(), z.iso.date(), z.int()
 * and the length checks each bring their own classes: ≈ 2 KB gzip of the popup's 25 KB budget for checks
 * this small. z.object and z.array still parse the structure (and drop unknown keys).
 */

/** A string of `min` to `max` UTF-16 units (as zod's length checks count) that passes `test`. */
export const text = (min: number, max: number, test: (text: string) => boolean = () => true) =>
  z.custom<string>((v) => typeof v === 'string' && v.length >= min && v.length <= max && test(v));

/** A whole number from `min` to `max`. */
export const whole = (min: number, max: number) =>
  z.custom<number>((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);

export const flag = () => z.custom<boolean>((v) => typeof v === 'boolean');

/** Exactly one of `values` (what z.enum or z.literal([...]) accepts). */
export const oneOf = <const T extends readonly (string | number)[]>(values: T) =>
  z.custom<T[number]>((v) => (values as readonly unknown[]).includes(v));

/** An array of at most `max` items, each parsed by `item`. */
export const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.refine((items) => items.length <= max));
