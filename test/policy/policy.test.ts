import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../src/policy/check.ts';
import { groupRefused } from '../../src/policy/group-refused.ts';
import { LOOK_ALIKES } from '../../src/policy/look-alikes.ts';
import { toPasswordRules, UDI_PASSWORD_RULES } from '../../src/policy/password-rules.ts';
import { decimalDigitValue, plainLetters } from '../../src/policy/plain-forms.ts';
import { isPolicy, type Policy, UDI_POLICY } from '../../src/policy/udi-policy.ts';

describe('UDI_POLICY', () => {
  it('is UDI’s published rule as data: at least 8, no maximum (the classes are fixed: A–Z, a–z, 0–9)', () => {
    expect(UDI_POLICY).toEqual({ minLength: 8 });
    expect(checkPassword('Abcdefg1').rules.map((r) => r.id)).toEqual([
      'min-length',
      'upper',
      'lower',
      'digit',
      'allowed-characters',
    ]);
  });

  it('cannot be loosened at run time', () => {
    expect(Object.isFrozen(UDI_POLICY)).toBe(true);
  });

  it.each([
    ['a minimum of 0', { minLength: 0 }],
    ['a fractional minimum', { minLength: 7.5 }],
    ['no minimum', {}],
    ['a maximum below the minimum', { minLength: 8, maxLength: 7 }],
    ['a fractional maximum', { minLength: 8, maxLength: 9.5 }],
  ])('the checker refuses a policy with %s, and checks with UDI’s instead', (_, policy) => {
    expect(isPolicy(policy)).toBe(false);
    expect(checkPassword('Abcdefg1', policy as Policy).ok).toBe(true);
    expect(checkPassword('Abc1', policy as Policy).ok).toBe(false);
  });

  it('checks against another valid policy, every field meaning what it says', () => {
    const policy: Policy = { minLength: 4, maxLength: 6 };
    expect(isPolicy(policy)).toBe(true);
    expect(checkPassword('aBc1', policy).ok).toBe(true);
    const long = checkPassword('aBcdef1', policy);
    expect(long.ok).toBe(false);
    expect(long.rules.map((r) => [r.id, r.ok])).toEqual([
      ['min-length', true],
      ['max-length', false],
      ['upper', true],
      ['lower', true],
      ['digit', true],
      ['allowed-characters', true],
    ]);
    expect(long.rules[1]?.message).toEqual({ key: 'rule_max_length', params: ['6', '7'] });
  });
});

describe('toPasswordRules', () => {
  it('states UDI’s policy in Apple’s Password Rules language', () => {
    expect(toPasswordRules(UDI_POLICY)).toBe(
      'minlength: 8; required: lower; required: upper; required: digit;',
    );
  });

  it('adds a maximum when there is one', () => {
    expect(toPasswordRules({ minLength: 10, maxLength: 32 })).toBe(
      'minlength: 10; maxlength: 32; required: lower; required: upper; required: digit;',
    );
  });

  it('tells managers on UDI’s fields to stay within 16 characters, the cap of B2C’s older default rule', () => {
    expect(UDI_PASSWORD_RULES).toBe(
      'minlength: 8; maxlength: 16; required: lower; required: upper; required: digit;',
    );
  });
});

describe('groupRefused', () => {
  it('groups by kind in first-seen order', () => {
    const groups = groupRefused(checkPassword('a!æ b#ø').refused);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.text)])).toEqual([
      ['ascii-symbol', ['!', '#']],
      ['norwegian-letter', ['æ', 'ø']],
      ['space', [' ']],
    ]);
    expect(groupRefused([])).toEqual([]);
  });
});

describe('the look-alike table', () => {
  it('maps single Cyrillic or Greek letters to one ASCII letter of the same case', () => {
    for (const [char, latin] of LOOK_ALIKES) {
      expect([...char]).toHaveLength(1);
      expect(char).toMatch(/^[\p{Script=Cyrillic}\p{Script=Greek}]$/u);
      expect(latin).toMatch(/^[A-Za-z]$/);
      // Reachable: no earlier rule (a compatibility form, a digit) shadows the entry.
      const r = checkPassword(char).refused[0];
      expect(r?.kind, char).toBe('looks-like-latin');
      expect(r?.hint.params, char).toEqual([latin]);
    }
  });

  it('covers the look-alikes the issue names', () => {
    for (const char of [...'аеорсхуі', ...'ορα']) expect(LOOK_ALIKES.has(char)).toBe(true);
  });
});

describe('platform-derived fixes', () => {
  it('finds the value of every decimal digit the platform knows, and agrees with NFKC where it has one', () => {
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (!/\p{Nd}/u.test(char)) continue;
      const value = decimalDigitValue(cp);
      expect(value, char).toMatch(/^[0-9]$/);
      const compat = char.normalize('NFKC');
      if (/^[0-9]$/.test(compat)) expect(value, char).toBe(compat);
    }
  });

  it.each([
    ['é', 'e'],
    ['Ç', 'C'],
    ['ß', 'ss'],
    ['ẞ', 'SS'],
    ['ı', 'i'],
    ['ł', 'l'],
    ['Đ', 'D'],
    ['ħ', 'h'],
    ['þ', undefined],
    ['ŋ', undefined],
  ])('the plain form of %s is %s', (char, plain) => {
    expect(plainLetters(char)).toBe(plain);
  });
});
