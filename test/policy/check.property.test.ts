import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../src/policy/check.ts';
import type { Verdict } from '../../src/policy/types.ts';
import {
  codePoints,
  messageProblem,
  nearMiss,
  RUNS,
  reference,
  spanProblem,
  trapChar,
  unicodeString,
  validPassword,
} from './reference.ts';

// Fixed seeds: a failure prints its seed and counterexample, and reruns the same way. A soak can try
// other seeds with POLICY_SEED=<n> (each property adds its own offset).
const BASE_SEED = Number(process.env.POLICY_SEED) || 0;
const SEED = {
  unicode: BASE_SEED + 0x75d1,
  graphemes: BASE_SEED + 0x9a7e,
  nearMiss: BASE_SEED + 0x0e4a,
  traps: BASE_SEED + 0x7a95,
  valid: BASE_SEED + 0x0b1e,
} as const;
const TIMEOUT = Math.max(60_000, RUNS / 10);

/** Everything the contract says about one verdict, or the first thing that breaks it. */
function contractProblem(value: string, verdict: Verdict): string | undefined {
  const ok = reference(value);
  if (verdict.ok !== ok) return `ok is ${verdict.ok}, the reference says ${ok}`;
  const length = codePoints(value).length;
  if (verdict.length !== length) return `length ${verdict.length}, expected ${length} code points`;
  const rule = (id: string) => verdict.rules.find((r) => r.id === id);
  const expected: Record<string, boolean> = {
    'min-length': length >= 8,
    upper: /[A-Z]/.test(value),
    lower: /[a-z]/.test(value),
    digit: /[0-9]/.test(value),
    'allowed-characters': /^[A-Za-z0-9]*$/.test(value),
  };
  if (verdict.rules.length !== 5) return `${verdict.rules.length} rules, expected 5`;
  for (const [id, holds] of Object.entries(expected)) {
    if (rule(id)?.ok !== holds) return `rule ${id} is ${rule(id)?.ok}, expected ${holds}`;
  }
  if (rule('min-length')?.count !== length) return 'min-length count is not the length';
  if ((verdict.refused.length === 0) !== expected['allowed-characters'])
    return 'refused entries disagree with the rule';
  const spans = spanProblem(value, verdict);
  if (spans) return spans;
  for (const r of verdict.refused) {
    for (const message of r.name ? [r.hint, r.name] : [r.hint]) {
      const problem = messageProblem(message);
      if (problem) return problem;
      // Hints name a replacement (a letter, "aa", a digit), never a stretch of the password.
      if ((message.params ?? []).some((p) => p.length > 8)) return `${message.key} has a long parameter`;
    }
  }
  return undefined;
}

const holds = (value: string) => {
  const problem = contractProblem(value, checkPassword(value));
  if (problem) throw new Error(problem);
};

describe(`checkPassword agrees with the reference definition (${RUNS} runs per property)`, () => {
  it(
    'on arbitrary full-Unicode strings, lone surrogates included',
    () => {
      fc.assert(fc.property(unicodeString, holds), { numRuns: RUNS, seed: SEED.unicode });
    },
    TIMEOUT,
  );

  it(
    'on strings of graphemes (accents, emoji sequences, flags, other scripts)',
    () => {
      const graphemes = fc.string({ unit: 'grapheme', maxLength: 16 });
      const mixed = fc
        .tuple(graphemes, validPassword, fc.nat())
        .map(([g, p, at]) => p.slice(0, at % (p.length + 1)) + g + p.slice(at % (p.length + 1)));
      fc.assert(fc.property(fc.oneof(graphemes, mixed), holds), { numRuns: RUNS, seed: SEED.graphemes });
    },
    TIMEOUT,
  );

  it(
    'on near misses: valid passwords with one character replaced, deleted or inserted',
    () => {
      fc.assert(fc.property(nearMiss, holds), { numRuns: RUNS, seed: SEED.nearMiss });
    },
    TIMEOUT,
  );

  it(
    'on strings dense with the named traps (æ ø å, NFD å, KELVIN SIGN, look-alikes, invisibles, emoji)',
    () => {
      const dense = fc
        .array(fc.oneof(trapChar, fc.constantFrom(...'Aa1')), { maxLength: 16 })
        .map((parts) => parts.join(''));
      fc.assert(fc.property(dense, holds), { numRuns: RUNS, seed: SEED.traps });
    },
    TIMEOUT,
  );

  it(
    'accepts every valid password, refusing nothing',
    () => {
      fc.assert(
        fc.property(validPassword, (p) => {
          const verdict = checkPassword(p);
          expect(verdict.ok).toBe(true);
          expect(verdict.refused).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED.valid },
      );
    },
    TIMEOUT,
  );
});
