import { describe, expect, it } from 'vitest';
import { allowedCharacters, parsePasswordRules } from './password-rules-grammar.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').sort().join('');

describe('the Password Rules grammar check', () => {
  // Rules of the kinds found in password-manager-resources' quirks/password-rules.json.
  it.each([
    'minlength: 8; maxlength: 16; required: lower; required: upper; required: digit;',
    'minlength: 8; maxlength: 15; required: lower; required: upper; required: digit',
    'minlength: 6; required: lower, upper; required: digit;',
    'minlength: 8; maxlength: 20; max-consecutive: 2; required: upper; required: digit; allowed: lower, [-_&#@];',
    'minlength: 8; required: digit; required: [- !"#$&\'()*+,.:;<=>?@[^_`{|}~]]; allowed: lower, upper;',
    'minlength: 8; maxlength: 63; required: lower; required: upper; required: digit; allowed: ascii-printable;',
    'minlength: 8; maxlength: 20; required: lower, upper; required: digit; allowed: unicode;',
    'required: upper,lower;required: digit',
    '  minlength:8;\n\trequired:   Lower ,  UPPER ;  ',
    'maxlength: 15;',
  ])('accepts %j', (rule) => {
    expect(parsePasswordRules(rule)).toMatchObject({ ok: true });
  });

  it.each([
    ['', 'no rules'],
    ['   ', 'no rules'],
    ['minlength: eight;', 'expected a whole number'],
    ['minlength: -1;', 'expected a whole number'],
    ['minlength: 8.5;', 'a number must be followed directly'],
    ['minlength: 8 ;', 'a number must be followed directly'],
    ['minlength : 8;', 'expected ":" directly after'],
    ['minlength 8;', 'expected ":" directly after'],
    ['min-length: 8;', 'unknown property'],
    ['Minlength: 8;', 'unknown property'],
    ['requires: lower;', 'unknown property'],
    ['required: symbols;', 'unknown character class'],
    ['required: ;', 'has no value'],
    ['required:', 'has no value'],
    ['required: lower upper;', 'expected "," or ";"'],
    ['required: lower,, upper;', 'expected a character class'],
    ['required: lower,;', 'expected a character class'],
    ['minlength: 8, required: lower;', 'a number must be followed directly'],
    ['required: lower,required: upper;', 'unknown character class'],
    ['required: lower; ; required: upper;', 'expected a property name'],
    ['required: [abc;', 'never closed'],
    ['required: [];', 'empty custom class'],
    ['required: [a-z];', '"-" may only be the first'],
    ['allowed: [æøå];', 'only printable ASCII'],
    ['allowed: [ab]c;', 'expected "," or ";"'],
    ['maxlength: 4; minlength: 8;', 'minlength is greater than maxlength'],
    ['maxlength: 0;', 'allows no password'],
    ['max-consecutive: 0;', 'allows no password'],
  ])('rejects %j (%s)', (rule, reason) => {
    const parsed = parsePasswordRules(rule);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(reason);
  });

  it('says where the rule goes wrong', () => {
    expect(parsePasswordRules('minlength: 8; requird: lower;')).toEqual({
      ok: false,
      error: 'unknown property "requird"',
      at: 14,
    });
  });

  it('reads lengths and one group of classes per "required" property', () => {
    expect(parsePasswordRules('minlength: 8; maxlength: 16; required: lower; required: upper, [-];')).toEqual(
      {
        ok: true,
        rules: {
          minlength: 8,
          maxlength: 16,
          required: [[{ named: 'lower' }], [{ named: 'upper' }, { custom: '-' }]],
          allowed: [],
        },
      },
    );
  });

  it('reads "]" as a member only when written last, as "]]"', () => {
    expect(parsePasswordRules('allowed: [!]];')).toMatchObject({
      ok: true,
      rules: { allowed: [[{ custom: '!]' }]] },
    });
  });

  it('counts the required classes as the allowed ones when no "allowed" is given', () => {
    const parsed = parsePasswordRules('required: lower; required: upper; required: digit;');
    expect(parsed.ok && allowedCharacters(parsed.rules)).toBe(ALNUM);
  });

  it('allows every printable ASCII character when no class is named, and symbols with "special"', () => {
    const none = parsePasswordRules('minlength: 8;');
    expect(none.ok && allowedCharacters(none.rules)).toHaveLength(95);
    const special = parsePasswordRules('required: lower; allowed: special;');
    expect(special.ok && allowedCharacters(special.rules)).toContain('@');
    const unicode = parsePasswordRules('allowed: unicode;');
    expect(unicode.ok && allowedCharacters(unicode.rules)).toBe('unicode');
  });
});
