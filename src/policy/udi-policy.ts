/** The character classes a policy can require; a policy's allowed characters are exactly these classes. */
export const CHARACTER_CLASSES = ['upper', 'lower', 'digit'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

/**
 * A password policy as data (its zod description is policy-schema.ts). The classes are ASCII only
 * (A–Z, a–z, 0–9), as in Apple's Password Rules language: the required classes are also the only
 * allowed characters.
 */
export interface Policy {
  minLength: number;
  /** UDI publishes no maximum: keep it unset. */
  maxLength?: number | undefined;
  /** Each class must appear at least once; together they are the only characters allowed. */
  required: CharacterClass[];
}

/**
 * The same checks as PolicySchema, without zod: the checker runs in the content script, whose 12 KB
 * budget has no room for a schema library (test/policy/policy.test.ts keeps the two in agreement).
 */
export function isPolicy(value: unknown): value is Policy {
  if (typeof value !== 'object' || value === null) return false;
  const { minLength, maxLength, required } = value as Record<string, unknown>;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;
  return (
    whole(minLength) &&
    (maxLength === undefined || (whole(maxLength) && maxLength >= minLength)) &&
    Array.isArray(required) &&
    required.length > 0 &&
    new Set(required).size === required.length &&
    required.every((c) => (CHARACTER_CLASSES as readonly unknown[]).includes(c))
  );
}

/**
 * UDI's rules for its application portal accounts: at least 8 characters, at least one A–Z, one a–z and
 * one 0–9, and nothing but A–Z, a–z, 0–9 (no symbols, no spaces, no æ ø å, no other alphabets).
 * Frozen: every module shares this object, so nobody may loosen it at run time.
 */
export const UDI_POLICY: Policy = Object.freeze({
  minLength: 8,
  required: Object.freeze(['upper', 'lower', 'digit']) as CharacterClass[],
});

/**
 * The longest password we generate or suggest to password managers by default. UDI publishes no maximum,
 * but Azure AD B2C's older default "strong" rule, which account pages of UDI's kind still declare in their
 * fields' `pattern`, allows at most 16 characters. 16 letters and digits are still ≈ 95 bits.
 */
export const SAFE_MAX_LENGTH = 16;
