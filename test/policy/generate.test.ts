import { describe, expect, it, vi } from 'vitest';
import { checkPassword } from '../../src/policy/check.ts';
import {
  entropyBits,
  GENERATOR_CLASSES,
  GENERATOR_LENGTH,
  generatePassword,
  generatorBits,
} from '../../src/policy/generate.ts';
import { UniformIndex } from '../../src/policy/uniform-index.ts';
import { chiSquare, chiSquarePValue } from './chi-square.ts';
import { reference } from './reference.ts';

/**
 * Per-position p-value below which the chi-square tests fail. The generator is random (real
 * crypto.getRandomValues, no seed), so a correct generator fails a position with probability exactly
 * this; the tests below check 20 + 12 positions, so a correct generator fails a run with probability
 * below 32 × 1e-8 ≈ 3e-7 (once in three million runs), while the biases we guard against (modulo
 * folding, a fixed place for the digit) give p-values far below 1e-100 at these sample sizes.
 */
const P_FAIL = 1e-8;

/**
 * The exact share of each character at any one position. Passwords missing a class are redrawn, so the
 * distribution is uniform over valid passwords, not over the alphabet: a digit (10 of 62 symbols, the
 * class most often missing) is a little likelier at each position than 1/62, a letter a little less.
 * By inclusion–exclusion over the classes the other positions must still cover.
 */
function positionShares(classes: readonly string[], length: number): Map<string, number> {
  const total = classes.join('').length;
  const cover = (needed: readonly string[], n: number) => {
    let share = 0;
    for (let subset = 0; subset < 1 << needed.length; subset++) {
      let missing = 0;
      let sign = 1;
      needed.forEach((chars, i) => {
        if (subset & (1 << i)) {
          missing += chars.length;
          sign = -sign;
        }
      });
      share += sign * ((total - missing) / total) ** n;
    }
    return share;
  };
  const valid = cover(classes, length);
  const shares = new Map<string, number>();
  classes.forEach((chars, i) => {
    const others = classes.filter((_, j) => j !== i);
    for (const char of chars) shares.set(char, cover(others, length - 1) / total / valid);
  });
  return shares;
}

/** Generates `samples` passwords and returns, per position, the p-value of its character counts. */
function positionPValues(samples: number, length: number): number[] {
  const alphabet = GENERATOR_CLASSES.join('');
  const shares = positionShares(GENERATOR_CLASSES, length);
  const indexOf = new Map([...alphabet].map((c, i) => [c, i]));
  const counts = Array.from({ length }, () => new Array<number>(alphabet.length).fill(0));
  for (let s = 0; s < samples; s++) {
    const password = generatePassword({ length });
    for (let p = 0; p < length; p++) {
      const row = counts[p] as number[];
      const i = indexOf.get(password[p] as string) as number;
      row[i] = (row[i] ?? 0) + 1;
    }
  }
  const expected = [...alphabet].map((c) => shares.get(c) ?? 0);
  return counts.map((row) => chiSquarePValue(chiSquare(row, expected, samples), alphabet.length - 1));
}

describe('generatePassword', () => {
  it('gives 100,000 passwords that UDI accepts, 16 letters and digits by default', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const password = generatePassword();
      if (password.length !== 16 || !checkPassword(password).ok || !reference(password)) {
        throw new Error(`refused: ${password}`);
      }
      seen.add(password);
    }
    // 100,000 draws from ~2^95 passwords: any repeat means the randomness is broken.
    expect(seen.size).toBe(100_000);
  });

  it('puts every character at every position as often as it should (chi-square, length 20)', () => {
    const pValues = positionPValues(200_000, 20);
    expect(pValues.filter((p) => p < P_FAIL)).toEqual([]);
  }, 60_000);

  it('stays uniform at the shortest length a page may force (chi-square, length 8)', () => {
    const pValues = positionPValues(100_000, 8);
    expect(pValues.filter((p) => p < P_FAIL)).toEqual([]);
  }, 60_000);

  it.each([8, 11, 12, 13, 16, 20, 63, 64])('makes passwords of length %i', (length) => {
    const password = generatePassword({ length });
    expect(password).toHaveLength(length);
    expect(checkPassword(password).ok).toBe(true);
  });

  it.each([0, 7, 65, 100, -20, 12.5, Number.NaN, Number.POSITIVE_INFINITY, '20' as unknown as number])(
    'refuses length %s with a RangeError naming 8 to 64',
    (length) => {
      expect(() => generatePassword({ length })).toThrow(RangeError);
      expect(() => generatePassword({ length })).toThrow(/from 8 to 64/);
    },
  );

  it('uses crypto.getRandomValues and never Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const crypto = vi.spyOn(globalThis.crypto, 'getRandomValues');
    try {
      generatePassword();
      expect(crypto).toHaveBeenCalled();
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      crypto.mockRestore();
    }
  });

  it('exports its length range', () => {
    expect(GENERATOR_LENGTH).toEqual({ min: 12, max: 64, default: 16 });
  });
});

describe('UniformIndex (rejection sampling)', () => {
  const from = (words: number[]) => {
    let next = 0;
    return (buffer: Uint32Array<ArrayBuffer>) => {
      for (let i = 0; i < buffer.length; i++) buffer[i] = words[next++ % words.length] as number;
    };
  };

  it('throws away words at or above the largest multiple of n, instead of folding them with modulo', () => {
    const limit = 2 ** 32 - (2 ** 32 % 62); // 4294967292
    const index = new UniformIndex(62, from([limit, 2 ** 32 - 1, limit + 1, 125]), new Uint32Array(4));
    expect(index.next()).toBe(125 % 62);
  });

  it('keeps words just below the limit', () => {
    const limit = 2 ** 32 - (2 ** 32 % 62);
    const index = new UniformIndex(62, from([limit - 1]), new Uint32Array(1));
    expect(index.next()).toBe((limit - 1) % 62);
  });

  it('would be caught by the chi-square test if it folded bytes with modulo', () => {
    // What a byte-based generator without rejection does: 256 = 4 × 62 + 8, so indices 0–7 come 5/4 as often.
    const bytes = new Uint8Array(200_000);
    for (let at = 0; at < bytes.length; at += 65_536)
      globalThis.crypto.getRandomValues(bytes.subarray(at, at + 65_536));
    const counts = new Array<number>(62).fill(0);
    for (const byte of bytes) counts[byte % 62] = (counts[byte % 62] ?? 0) + 1;
    const p = chiSquarePValue(chiSquare(counts, new Array(62).fill(1 / 62), bytes.length), 61);
    expect(p).toBeLessThan(P_FAIL);
  });
});

describe('strength', () => {
  it('says ≈95 bits for the default length', () => {
    expect(generatorBits()).toBe(95);
    expect(entropyBits(16, 62)).toBeCloseTo(95.27, 2);
  });

  it.each([
    [8, 47],
    [12, 71],
    [16, 95],
    [20, 119],
    [64, 381],
  ])('length %i → %i bits', (length, bits) => {
    expect(generatorBits(length)).toBe(bits);
    expect(generatorBits(length)).toBeLessThanOrEqual(entropyBits(length, 62));
  });

  it('counts exactly the passwords with every class (checked by enumerating class patterns)', () => {
    for (const length of [3, 4, 5, 6]) {
      // Sum over every sequence of classes that uses all three: the product of the class sizes.
      let count = 0;
      for (let pattern = 0; pattern < 3 ** length; pattern++) {
        let product = 1;
        let used = 0;
        for (let p = 0, rest = pattern; p < length; p++, rest = Math.floor(rest / 3)) {
          product *= [26, 26, 10][rest % 3] as number;
          used |= 1 << (rest % 3);
        }
        if (used === 7) count += product;
      }
      expect(generatorBits(length)).toBe(Math.floor(Math.log2(count) + 1e-9));
    }
  });

  it('has no strength for a length that cannot hold every class', () => {
    expect(generatorBits(2)).toBe(0);
    expect(generatorBits(0)).toBe(0);
  });

  it('uses exact position shares that sum to 1', () => {
    for (const length of [12, 20, 64]) {
      const shares = [...positionShares(GENERATOR_CLASSES, length).values()];
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('chiSquarePValue', () => {
  it.each([
    [3.841, 1, 0.05],
    [18.307, 10, 0.05],
    [6.635, 1, 0.01],
    [80.232, 61, 0.05],
  ])('χ² = %f with %i degrees of freedom → p ≈ %f', (x, df, p) => {
    expect(chiSquarePValue(x, df)).toBeCloseTo(p, 3);
  });
});
