import type { PageLimits } from './page-limits.ts';
import { UDI_POLICY } from './udi-policy.ts';
import { UniformIndex } from './uniform-index.ts';

/**
 * Strong passwords UDI accepts: letters and digits only, from crypto.getRandomValues. Every password of
 * the length that has a capital, a small letter and a digit is equally likely: each character is drawn
 * uniformly (rejection sampling, no modulo bias) and a draw that misses a class is thrown away whole, so
 * no position is more likely than another to hold the digit.
 */
/**
 * The length setting's range. Default 16 (≈ 95 bits): UDI publishes no maximum, and account pages of
 * UDI's kind (B2C's older default rule) refuse more than 16 (SAFE_MAX_LENGTH).
 */
export const GENERATOR_LENGTH = { min: 12, max: 64, default: 16 } as const;

export interface GenerateOptions {
  /** UDI's minimum (8, for a page that allows no more) to 64; default 16. */
  length?: number;
}

/**
 * Scratch space for random words, reused so a password costs one getRandomValues call and no allocation.
 * Zeroed after every password: no randomness outlives the call that drew it.
 */
const WORDS = new Uint32Array(64);

/** The generator's characters as [capitals, small letters, digits]. */
export const GENERATOR_CLASSES = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
] as const;
const ALPHABET = GENERATOR_CLASSES.join('');

/** Bits of a password of `length` characters drawn uniformly and independently from `alphabetSize` symbols. */
export function entropyBits(length: number, alphabetSize: number): number {
  return length * Math.log2(alphabetSize);
}

/**
 * The generator's strength in whole bits, for the UI ("≈119 bits" at length 20): log2 of the number of
 * passwords it can produce, all equally likely. Slightly below `entropyBits` because passwords missing
 * a class are never produced (inclusion–exclusion over the classes); 0 for a length that has none.
 */
export function generatorBits(length: number = GENERATOR_LENGTH.default): number {
  if (!Number.isInteger(length) || length < 1) return 0;
  const sizes = GENERATOR_CLASSES.map((chars) => chars.length);
  const total = sizes.reduce((a, b) => a + b, 0);
  // Share of all strings of this length that contain every class.
  let share = 0;
  for (let subset = 0; subset < 1 << sizes.length; subset++) {
    let missing = 0;
    let parity = 1;
    sizes.forEach((size, i) => {
      if (subset & (1 << i)) {
        missing += size;
        parity = -parity;
      }
    });
    share += parity * ((total - missing) / total) ** length;
  }
  const bits = entropyBits(length, total) + Math.log2(share);
  return Number.isFinite(bits) && bits > 0 ? Math.floor(bits + 1e-9) : 0;
}

/**
 * A password UDI accepts. Throws a RangeError for a length outside 8–64 or not a whole number: that is a
 * programming error, unlike a password the checker refuses. (Below the setting's 12 only when a page
 * allows no more: fittedLength.)
 */
export function generatePassword(options: GenerateOptions = {}): string {
  const length = options.length ?? GENERATOR_LENGTH.default;
  const min = UDI_POLICY.minLength;
  if (!Number.isInteger(length) || length < min || length > GENERATOR_LENGTH.max) {
    throw new RangeError(
      `generatePassword: length must be a whole number from ${min} to ${GENERATOR_LENGTH.max}, got ${String(length)}`,
    );
  }
  const alphabet = ALPHABET;
  const upperEnd = GENERATOR_CLASSES[0].length;
  const lowerEnd = upperEnd + GENERATOR_CLASSES[1].length;
  const random = new UniformIndex(
    alphabet.length,
    (words) => globalThis.crypto.getRandomValues(words),
    WORDS,
  );
  try {
    for (;;) {
      let password = '';
      let classes = 0;
      for (let i = 0; i < length; i++) {
        const index = random.next();
        password += alphabet[index];
        classes |= index < upperEnd ? 1 : index < lowerEnd ? 2 : 4;
      }
      if (classes === 7) return password;
    }
  } finally {
    random.wipe();
  }
}

/**
 * The length to generate on a page: the setting, within the page's own limits and the generator's
 * range; undefined when no length fits both the page and UDI (a page that allows at most 6).
 */
export function fittedLength(setting: number, page?: PageLimits): number | undefined {
  const floor = Math.max(UDI_POLICY.minLength, page?.minLength ?? 0);
  const ceiling = Math.min(GENERATOR_LENGTH.max, page?.maxLength ?? GENERATOR_LENGTH.max);
  return floor > ceiling ? undefined : Math.min(Math.max(setting, floor), ceiling);
}

/** Bounded work: a page's pattern is tried on at most this many candidates. */
export const MAX_CANDIDATES = 300;

/**
 * A password that UDI and the page's own limits (pattern included) both accept, as long as the setting
 * asks where the page allows it; undefined when none fits, so the caller says so instead of filling.
 * Shorter lengths are tried too, for a pattern that accepts only some lengths.
 */
export function generateWithin(setting: number, page?: PageLimits): string | undefined {
  const length = fittedLength(setting, page);
  if (length === undefined) return undefined;
  const floor = Math.max(UDI_POLICY.minLength, page?.minLength ?? 0);
  for (let i = 0; i < MAX_CANDIDATES; i++) {
    const candidate = generatePassword({ length: i < 200 ? length : floor + (i % (length - floor + 1)) });
    if (!page?.pattern || page.pattern.test(candidate)) return candidate;
  }
  return undefined;
}
