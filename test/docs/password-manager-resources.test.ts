import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UDI_PASSWORD_RULES } from '../../src/policy/password-rules.ts';
import { SAFE_MAX_LENGTH, UDI_POLICY } from '../../src/policy/udi-policy.ts';
import { allowedCharacters, parsePasswordRules } from './password-rules-grammar.ts';

const DIR = join(import.meta.dirname, '..', '..', 'docs', 'password-manager-resources');
const entry = JSON.parse(readFileSync(join(DIR, 'password-rules.json'), 'utf8')) as unknown;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').sort().join('');

describe('the entry proposed to password-manager-resources', () => {
  it('has the shape of quirks/password-rules.json: one domain, one "password-rules" string', () => {
    expect(entry).toEqual({ 'udi.no': { 'password-rules': expect.any(String) } });
  });

  it('is exactly what the extension writes into passwordrules on UDI’s fields', () => {
    expect((entry as Record<string, Record<string, string>>)['udi.no']?.['password-rules']).toBe(
      UDI_PASSWORD_RULES,
    );
  });

  it('is a well-formed rule that says UDI’s FAQ: 8 or more, a–z, A–Z and 0–9 each, nothing else', () => {
    const parsed = parsePasswordRules(UDI_PASSWORD_RULES);
    if (!parsed.ok) throw new Error(`${parsed.error} at ${parsed.at}`);
    const { rules } = parsed;
    expect(rules.minlength).toBe(UDI_POLICY.minLength);
    expect(rules.maxlength).toBe(SAFE_MAX_LENGTH);
    expect(rules.required).toEqual([[{ named: 'lower' }], [{ named: 'upper' }], [{ named: 'digit' }]]);
    // No symbols, no æ ø å, no other alphabets: a generator may use A–Z, a–z and 0–9 only.
    expect(rules.allowed).toEqual([]);
    expect(allowedCharacters(rules)).toBe(ALNUM);
  });

  it('is quoted unchanged in the contribution’s README and in the note for UDI', () => {
    expect(readFileSync(join(DIR, 'README.md'), 'utf8')).toContain(UDI_PASSWORD_RULES);
    expect(readFileSync(join(DIR, '..', 'for-udi.md'), 'utf8')).toContain(UDI_PASSWORD_RULES);
  });
});

describe('the note for UDI', () => {
  const note = readFileSync(join(DIR, '..', 'for-udi.md'), 'utf8');

  it('proposes a field pattern that browsers apply (v flag) and that is UDI’s rule, up to 16 characters', () => {
    const pattern = /<Pattern RegularExpression="([^"]+)"/.exec(note)?.[1];
    expect(pattern).toBeDefined();
    // Browsers compile the pattern attribute as ^(?:pattern)$ with the v flag, and ignore it if that fails.
    const field = new RegExp(`^(?:${pattern})$`, 'v');
    for (const ok of ['Password1', 'abcDEF12', 'A1bcdefghijklmno']) expect(field.test(ok), ok).toBe(true);
    for (const refused of [
      'Pass@word1',
      'Pässword1',
      'Pass word1',
      'password1',
      'PASSWORD1',
      'Password',
      'Pass1',
    ])
      expect(field.test(refused), refused).toBe(false);
    expect(field.test('A1bcdefghijklmnop')).toBe(false); // 17
  });
});
