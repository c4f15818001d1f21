import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../src/policy/check.ts';
import { fittedLength, generateWithin, MAX_CANDIDATES } from '../../src/policy/generate.ts';
import { compilePattern, MAX_TESTED_LENGTH, readPageLimits } from '../../src/policy/page-limits.ts';
import { reference } from './reference.ts';

/**
 * Written after Azure AD B2C's older default "strong" rule as its pages declare it: 8-16 characters,
 * 3 of 4 kinds, a character class with an unescaped `[` and `(` (so it compiles with `u`, not with `v`).
 */
const B2C_STRONG =
  '^((?=.*[a-z])(?=.*[A-Z])(?=.*\\d)|(?=.*[a-z])(?=.*[A-Z])(?=.*[^A-Za-z0-9])|(?=.*[a-z])(?=.*\\d)(?=.*[^A-Za-z0-9])|(?=.*[A-Z])(?=.*\\d)(?=.*[^A-Za-z0-9]))([A-Za-z\\d@#$%^&*\\-_+=[\\]{}|\\\\:\',?/`~"();!]|\\.(?!@)){8,16}$';
const B2C_TITLE =
  '8-16 characters, containing 3 out of 4 of the following: lowercase, uppercase, digit, symbol.';

const attributes = (over: Partial<Record<'minlength' | 'maxlength' | 'pattern' | 'title', string>>) => ({
  minlength: null,
  maxlength: null,
  pattern: null,
  title: null,
  ...over,
});

describe('compilePattern', () => {
  it('compiles as browsers do (^(?:…)$ with v), and B2C’s pattern, which fails with v, with u', () => {
    expect(() => new RegExp(`^(?:${B2C_STRONG})$`, 'v')).toThrow(SyntaxError);
    const pattern = compilePattern(B2C_STRONG);
    expect(pattern?.test('Abcdefg1')).toBe(true);
    expect(pattern?.test('Abcdefgh12345678')).toBe(true);
    expect(pattern?.test('Abcdefgh123456789')).toBe(false);
    // The whole value must match: HTML anchors the pattern.
    expect(compilePattern('[a-z]+')?.test('abc1')).toBe(false);
  });

  it('ignores a pattern that compiles with no flag at all', () => {
    expect(compilePattern('(')).toBeUndefined();
    expect(compilePattern('a'.repeat(5000))).toBeUndefined();
  });

  it('never runs the page’s expression on more than a password’s worth of text', () => {
    // Catastrophic backtracking (2^257 paths): run, it would never return; it is refused unrun.
    const pattern = compilePattern('(a|a)*b');
    expect(pattern?.test('a'.repeat(MAX_TESTED_LENGTH + 1))).toBe(false);
  });
});

describe('readPageLimits', () => {
  it('reads B2C’s 16-character cap out of its pattern, with the title', () => {
    expect(readPageLimits(attributes({ pattern: B2C_STRONG, title: B2C_TITLE }))).toEqual({
      maxLength: 16,
      pattern: expect.any(Object),
      title: B2C_TITLE,
    });
  });

  it('keeps the stricter of maxlength and the pattern, and a minlength only above UDI’s 8', () => {
    expect(readPageLimits(attributes({ pattern: B2C_STRONG, maxlength: '12' }))?.maxLength).toBe(12);
    expect(readPageLimits(attributes({ minlength: '10', maxlength: '40' }))).toEqual({
      minLength: 10,
      maxLength: 40,
    });
    expect(readPageLimits(attributes({ minlength: '6' }))).toBeUndefined();
    expect(readPageLimits(attributes({ maxlength: 'lots', minlength: '-3' }))).toBeUndefined();
    expect(readPageLimits(attributes({}))).toBeUndefined();
  });
});

describe('the check with a page’s own limits', () => {
  const b2c = readPageLimits(attributes({ pattern: B2C_STRONG, title: B2C_TITLE }));
  const rule = (value: string, id: string, page = b2c) =>
    checkPassword(value, undefined, { page }).rules.find((r) => r.id === id);

  it('adds “at most 16: this page’s own limit”, and a 20-character password UDI accepts is not fine there', () => {
    const verdict = checkPassword('Abcdefgh1234567890Xy', undefined, { page: b2c });
    expect(reference('Abcdefgh1234567890Xy')).toBe(true);
    expect(verdict.ok).toBe(false);
    expect(rule('Abcdefgh1234567890Xy', 'page-max-length')).toMatchObject({
      ok: false,
      message: { key: 'rule_page_max_length', params: ['16', '20'] },
    });
    expect(checkPassword('Abcdefgh12345678', undefined, { page: b2c }).ok).toBe(true);
  });

  it('says the page’s own rule refuses what UDI accepts, but only once UDI’s rules hold', () => {
    const symbolNeeded = readPageLimits(attributes({ pattern: '(?=.*[^A-Za-z0-9]).{8,}' }));
    expect(checkPassword('Abcdefg1', undefined, { page: symbolNeeded }).ok).toBe(false);
    expect(rule('Abcdefg1', 'page-pattern', symbolNeeded)).toMatchObject({ ok: false });
    expect(rule('abc', 'page-pattern', symbolNeeded)).toBeUndefined();
  });

  it('adds a page minimum above UDI’s, and nothing for a huge maxlength nobody reaches', () => {
    const page = readPageLimits(attributes({ minlength: '12', maxlength: '524288' }));
    expect(rule('Abcdefg1', 'page-min-length', page)).toMatchObject({ ok: false });
    expect(rule('Abcdefg1', 'page-max-length', page)).toBeUndefined();
    expect(checkPassword('Abcdefgh1234', undefined, { page }).ok).toBe(true);
  });
});

describe('generateWithin', () => {
  const b2c = readPageLimits(attributes({ pattern: B2C_STRONG }));

  it('fills B2C’s page with a password both UDI and the page accept, never longer than 16', () => {
    for (let i = 0; i < 2000; i++) {
      const password = generateWithin(20, b2c) ?? '';
      expect(password).toHaveLength(16);
      expect(reference(password)).toBe(true);
      expect(b2c?.pattern?.test(password)).toBe(true);
    }
  });

  it('fits the setting into the page’s limits, down to UDI’s 8 where a page allows no more', () => {
    expect(fittedLength(16)).toBe(16);
    expect(fittedLength(16, { maxLength: 10 })).toBe(10);
    expect(fittedLength(16, { minLength: 20 })).toBe(20);
    expect(fittedLength(16, { maxLength: 6 })).toBeUndefined();
    expect(fittedLength(16, { minLength: 30, maxLength: 20 })).toBeUndefined();
    expect(generateWithin(16, { maxLength: 10 })).toHaveLength(10);
  });

  it('gives up, bounded, when the page’s pattern accepts no password UDI accepts', () => {
    const symbolNeeded = readPageLimits(attributes({ pattern: '(?=.*[^A-Za-z0-9]).{8,}' }));
    let tried = 0;
    const counting = symbolNeeded?.pattern && {
      ...symbolNeeded,
      pattern: {
        test: (v: string) => {
          tried++;
          return symbolNeeded.pattern?.test(v) ?? false;
        },
      },
    };
    expect(generateWithin(16, counting)).toBeUndefined();
    expect(tried).toBe(MAX_CANDIDATES);
    expect(generateWithin(16, { maxLength: 6 })).toBeUndefined();
  });
});
