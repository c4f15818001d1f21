import { UniformIndex } from './uniform-index.ts';

/**
 * Strong passwords UDI accepts: letters and digits only, from crypto.getRandomValues. Every password of
 * the length that has a capital, a small letter and a digit is equally likely: each character is drawn
 * uniformly (rejection sampling, no modulo bias) and a draw that misses a class is thrown away whole, so
 * no position is more likely than another to hold the digit.
 */
export const GENERATOR_LENGTH = { min: 12, max: 64, default: 20 } as const;

export interface GenerateOptions {
  /** 12 to 64; default 20 (≈ 119 bits). */
  length?: number;
  /** Leaves out 0 O o 1 l I, which are easy to misread when written down or read aloud. */
  avoidLookalikes?: boolean;
}

/**
 * Scratch space for random words, reused so a password costs one getRandomValues call and no allocation.
 * Zeroed after every password: no randomness outlives the call that drew it.
 */
const WORDS = new Uint32Array(64);

const CLASSES = ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789'] as const;
const LOOKALIKES = /[0Oo1lI]/g;

/** The generator's characters as [capitals, small letters, digits]. */
export function generatorClasses(avoidLookalikes = false): readonly [string, string, string] {
  if (!avoidLookalikes) return CLASSES;
  const [upper, lower, digit] = CLASSES.map((chars) => chars.replace(LOOKALIKES, ''));
  return [upper ?? '', lower ?? '', digit ?? ''];
}

export function generatorAlphabet(avoidLookalikes = false): string {
  return generatorClasses(avoidLookalikes).join('');
}

/** Bits of a password of `length` characters drawn uniformly and independently from `alphabetSize` symbols. */
export function entropyBits(length: number, alphabetSize: number): number {
  return length * Math.log2(alphabetSize);
}

/**
 * The generator's strength in whole bits, for the UI ("≈119 bits" at length 20): log2 of the number of
 * passwords it can produce, all equally likely. Slightly below `entropyBits` because passwords missing
 * a class are never produced (inclusion–exclusion over the classes); 0 for a length that has none.
 */
export function generatorBits(length: number = GENERATOR_LENGTH.default, avoidLookalikes = false): number {
  if (!Number.isInteger(length) || length < 1) return 0;
  const sizes = generatorClasses(avoidLookalikes).map((chars) => chars.length);
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
 * A password UDI accepts. Throws a RangeError for a length outside 12–64 or not a whole number: that is a
 * programming error, unlike a password the checker refuses.
 */
export function generatePassword(options: GenerateOptions = {}): string {
  const length = options.length ?? GENERATOR_LENGTH.default;
  if (!Number.isInteger(length) || length < GENERATOR_LENGTH.min || length > GENERATOR_LENGTH.max) {
    throw new RangeError(
      `generatePassword: length must be a whole number from ${GENERATOR_LENGTH.min} to ${GENERATOR_LENGTH.max}, got ${String(length)}`,
    );
  }
  const [upper, lower] = generatorClasses(options.avoidLookalikes);
  const alphabet = generatorAlphabet(options.avoidLookalikes);
  const upperEnd = upper.length;
  const lowerEnd = upperEnd + lower.length;
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
