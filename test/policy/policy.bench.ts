import { generate } from 'generate-password';
import { bench, describe } from 'vitest';
import { checkPassword } from '../../src/policy/check.ts';
import { generatePassword } from '../../src/policy/generate.ts';
import { UDI_POLICY } from '../../src/policy/udi-policy.ts';

// Figures, not assertions: `npx vitest bench --run --project unit test/policy/policy.bench.ts`.

/** `chunk` repeated to exactly `length` code points. */
function sized(chunk: string, length: number): string {
  const points = Array.from(chunk);
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(points[i % points.length] as string);
  return out.join('');
}

const VALID = 'Sommer2024Kaffe7Tromso';
// What applicants actually paste or type: Norwegian letters, a space, symbols, an emoji, an invisible.
const MIXED = 'Blåbærsyltetøy2024! Kaffe&Kake\u200bø😀Passord1';
const DENSE = 'æøå !? Привет 😀\u200bé';

const big = { time: 2_000, warmupTime: 200 } as const;

describe('checkPassword, 8 code points', () => {
  bench('valid', () => void checkPassword(sized(VALID, 8)));
  bench('mixed', () => void checkPassword(sized(MIXED, 8)));
});

describe('checkPassword, 64 code points', () => {
  const valid = sized(VALID, 64);
  const mixed = sized(MIXED, 64);
  bench('valid', () => void checkPassword(valid));
  bench('mixed', () => void checkPassword(mixed));
});

describe('checkPassword, 1,000 code points', () => {
  const valid = sized(VALID, 1_000);
  const mixed = sized(MIXED, 1_000);
  bench('valid', () => void checkPassword(valid));
  bench('mixed', () => void checkPassword(mixed));
});

describe('checkPassword, 1,000,000 code points', () => {
  const valid = sized(VALID, 1_000_000);
  const mixed = sized(MIXED, 1_000_000);
  const sparse = sized(`${VALID.repeat(4)}!`, 1_000_000);
  const dense = sized(DENSE, 1_000_000);
  bench('valid', () => void checkPassword(valid), big);
  bench('sparse (1 refused in 89)', () => void checkPassword(sparse), big);
  bench('mixed (9 refused in 41)', () => void checkPassword(mixed), big);
  bench('dense (every character refused)', () => void checkPassword(dense), big);
  bench(
    'dense, { maxRefused: 1000 }',
    () => void checkPassword(dense, UDI_POLICY, { maxRefused: 1_000 }),
    big,
  );
});

describe('generatePassword, length 20, letters and digits', () => {
  bench('policy generatePassword', () => void generatePassword());
  bench(
    'npm generate-password 1.7 (numbers, uppercase, lowercase, no symbols, strict)',
    () =>
      void generate({
        length: 20,
        numbers: true,
        uppercase: true,
        lowercase: true,
        symbols: false,
        strict: true,
      }),
  );
});
