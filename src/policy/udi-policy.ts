/** The character classes of UDI's rule, in the order the checklist lists them. */
export const CHARACTER_CLASSES = ['upper', 'lower', 'digit'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

/**
 * A password policy as data: its lengths. The classes are UDI's and fixed, as in Apple's Password Rules
 * language: at least one of each of A–Z, a–z and 0–9, and nothing else (no symbols, no spaces, no æ ø å,
 * no other alphabets). A page's own, stricter limits are another matter (page-limits.ts).
 */
export interface Policy {
  minLength: number;
  /** UDI publishes no maximum: keep it unset. */
  maxLength?: number | undefined;
}

/** A policy the checker can use: whole lengths of at least 1, the maximum not below the minimum. */
export function isPolicy(value: unknown): value is Policy {
  if (typeof value !== 'object' || value === null) return false;
  const { minLength, maxLength } = value as Record<string, unknown>;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;
  return whole(minLength) && (maxLength === undefined || (whole(maxLength) && maxLength >= minLength));
}

/**
 * UDI's rules for its application portal accounts: at least 8 characters, at least one A–Z, one a–z and
 * one 0–9, and nothing but A–Z, a–z, 0–9. Frozen: every module shares this object, so nobody may loosen it
 * at run time.
 */
export const UDI_POLICY: Policy = Object.freeze({ minLength: 8 });

/**
 * The longest password we generate or suggest to password managers by default. UDI publishes no maximum,
 * but Azure AD B2C's older default "strong" rule, which account pages of UDI's kind still declare in their
 * fields' `pattern`, allows at most 16 characters. 16 letters and digits are still ≈ 95 bits.
 */
export const SAFE_MAX_LENGTH = 16;
