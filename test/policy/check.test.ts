import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../src/policy/check.ts';
import type { Refused } from '../../src/policy/types.ts';
import { UDI_POLICY } from '../../src/policy/udi-policy.ts';
import { codePoints, messageProblem, reference, spanProblem } from './reference.ts';

/** The one refused entry of a string, after checking the string's verdict against the contract. */
function only(value: string): Refused {
  const verdict = checkPassword(value);
  expect(spanProblem(value, verdict)).toBeUndefined();
  expect(verdict.refused).toHaveLength(1);
  return verdict.refused[0] as Refused;
}

const summary = (r: Refused) => ({ kind: r.kind, hint: r.hint.key, params: r.hint.params ?? [] });
const hex = (s: string) =>
  [...s].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(' ');

describe('what UDI accepts', () => {
  it.each([
    ['Passord1', true],
    ['abcdEF12', true],
    ['A1bcdefghijklmnopqrstuvwxyz', true],
    ['Passor1', false],
    ['passord1', false],
    ['PASSORD1', false],
    ['Passordet', false],
    ['', false],
    ['Pass ord1', false],
    ['Passord1!', false],
    ['Blåbær123', false],
    ['Passord１', false],
    ['Pa\u200bssord1', false],
  ])('%j → ok %s', (value, ok) => {
    expect(checkPassword(value).ok).toBe(ok);
    expect(reference(value)).toBe(ok);
  });

  it('counts length in code points: eight emoji are eight characters, and still refused', () => {
    const verdict = checkPassword('😀'.repeat(8));
    expect(verdict.length).toBe(8);
    expect(verdict.rules.find((r) => r.id === 'min-length')).toMatchObject({ ok: true, count: 8 });
    expect(verdict.ok).toBe(false);
  });

  it('lists the rules in a fixed order with their messages', () => {
    expect(checkPassword('abc').rules).toEqual([
      { id: 'min-length', ok: false, message: { key: 'rule_min_length', params: ['8', '3'] }, count: 3 },
      { id: 'upper', ok: false, message: { key: 'rule_upper' } },
      { id: 'lower', ok: true, message: { key: 'rule_lower' } },
      { id: 'digit', ok: false, message: { key: 'rule_digit' } },
      { id: 'allowed-characters', ok: true, message: { key: 'rule_allowed_characters' } },
    ]);
  });

  it('does not fall for the case-insensitive class trap', () => {
    // With `i` and `u`, [a-z] matches KELVIN SIGN and long s (they case-fold to k and s); UDI does not.
    expect(/^[a-z]+$/iu.test('\u212a\u017f')).toBe(true);
    expect(checkPassword('\u212a\u017fabcde1A').rules.find((r) => r.id === 'allowed-characters')?.ok).toBe(
      false,
    );
  });

  // The traps of a case-insensitive or Unicode-aware class test: none of these counts as A–Z, a–z or 0–9.
  it.each([
    ['KELVIN SIGN is not a capital K', '\u212aabcdef1', 'upper'],
    ['long s is not a small s', 'ABCDEF1\u017f', 'lower'],
    ['dotless ı is not a small i', 'ABCDEF1\u0131', 'lower'],
    ['İ is not a capital I', '\u0130abcdef1', 'upper'],
    ['a full-width digit is not a digit', 'Abcdefg\uff11', 'digit'],
    ['an Arabic-Indic digit is not a digit', 'Abcdefg\u0663', 'digit'],
    ['a Cyrillic А is not a capital A', '\u0410bcdefg1', 'upper'],
  ])('%s', (_, value, rule) => {
    const verdict = checkPassword(value);
    expect(verdict.rules.find((r) => r.id === rule)?.ok).toBe(false);
    expect(verdict.ok).toBe(false);
  });
});

describe('refused characters, by kind', () => {
  it.each([...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'])('ASCII symbol %s', (char) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'ascii-symbol',
      hint: 'hint_remove_symbol',
      params: [],
    });
  });

  it.each([
    [' ', 'char_space', []],
    ['\u00a0', 'char_no_break_space', []],
    ['\u202f', 'char_no_break_space', []],
    ['\u2007', 'char_no_break_space', []],
    ['\u3000', 'char_other_space', ['U+3000']],
    ['\u2002', 'char_other_space', ['U+2002']],
    ['\u1680', 'char_other_space', ['U+1680']],
  ])('space %j is named %s', (char, name, params) => {
    const r = only(`Abc1${char}def`);
    expect(r.kind).toBe('space');
    expect(r.hint.key).toBe('hint_remove_space');
    expect(r.name).toEqual(params.length ? { key: name, params } : { key: name });
  });

  it.each([
    ['\t', 'char_tab', 1],
    ['\n', 'char_line_break', 1],
    ['\r', 'char_line_break', 1],
    ['\r\n', 'char_line_break', 2],
    ['\u2028', 'char_line_break', 1],
    ['\u2029', 'char_line_break', 1],
    ['\0', 'char_control', 1],
    ['\u007f', 'char_control', 1],
    ['\u0085', 'char_control', 1],
  ])('control %j is named %s and is one entry', (char, name, length) => {
    const r = only(`Abc1${char}def`);
    expect(r).toMatchObject({ kind: 'control', index: 4, length, text: char });
    expect(r.hint.key).toBe('hint_remove_control');
    expect(r.name?.key).toBe(name);
  });

  it.each([
    ['æ', 'hint_norwegian', ['ae'], 1],
    ['Æ', 'hint_norwegian', ['Ae'], 1],
    ['ø', 'hint_norwegian_or', ['o', 'oe'], 1],
    ['Ø', 'hint_norwegian_or', ['O', 'Oe'], 1],
    ['å', 'hint_norwegian', ['aa'], 1],
    ['Å', 'hint_norwegian', ['Aa'], 1],
    ['a\u030a', 'hint_norwegian', ['aa'], 2],
    ['A\u030a', 'hint_norwegian', ['Aa'], 2],
    ['\u212b', 'hint_norwegian', ['Aa'], 1],
    ['ǿ', 'hint_norwegian_or', ['o', 'oe'], 1],
  ])('Norwegian %s (%s) → %s %j', (char, hint, params, length) => {
    const r = only(`Abc1${char}def`);
    expect(r).toMatchObject({ kind: 'norwegian-letter', index: 4, length, text: char });
    expect(r.hint).toEqual({ key: hint, params });
  });

  it('reports å typed as a + U+030A as one Norwegian letter where the a is', () => {
    const verdict = checkPassword('Bla\u030abaer12');
    expect(verdict.refused).toEqual([
      {
        index: 2,
        length: 2,
        text: 'a\u030a',
        kind: 'norwegian-letter',
        hint: { key: 'hint_norwegian', params: ['aa'] },
      },
    ]);
  });

  it.each([
    ['é', 'e'],
    ['ü', 'u'],
    ['ñ', 'n'],
    ['ç', 'c'],
    ['Ö', 'O'],
    ['ß', 'ss'],
    ['ẞ', 'SS'],
    ['ł', 'l'],
    ['Ł', 'L'],
    ['đ', 'd'],
    ['ı', 'i'],
    ['e\u0301', 'e'],
    ['e\u0301\u0302', 'e'],
  ])('accented Latin %s → plain %s', (char, plain) => {
    const r = only(`Abc1${char}def`);
    expect(summary(r)).toEqual({ kind: 'accented-latin', hint: 'hint_plain_letter', params: [plain] });
    expect(r.text).toBe(char);
  });

  it('gives a generic hint for a Latin letter with no plain form', () => {
    expect(summary(only('Abc1þdef'))).toEqual({
      kind: 'accented-latin',
      hint: 'hint_plain_letter_any',
      params: [],
    });
  });

  it.each([
    ['\u212a', 'K'],
    ['ſ', 's'],
    ['ﬁ', 'fi'],
    ['ﬀ', 'ff'],
    ['Ĳ', 'IJ'],
    ['ª', 'a'],
    ['ⁿ', 'n'],
    ['ℌ', 'H'],
    ['𝐀', 'A'],
    ['Ⅻ', 'XII'],
    ['ǅ', 'Dz'],
  ])('Latin compatibility form %s → %s', (char, plain) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'latin-compat',
      hint: 'hint_latin_compat',
      params: [plain],
    });
  });

  it.each([...'ＡｚＰｑ'])('full-width %s → its ASCII twin', (char) => {
    const twin = char.normalize('NFKC');
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'full-width-latin',
      hint: 'hint_full_width',
      params: [twin],
    });
  });

  it.each([
    ['٣', '3'],
    ['۳', '3'],
    ['३', '3'],
    ['৭', '7'],
    ['๓', '3'],
    ['３', '3'],
    ['𝟏', '1'],
    ['𝟿', '9'],
    ['²', '2'],
    ['①', '1'],
  ])('non-ASCII digit %s → %s', (char, digit) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'non-ascii-digit',
      hint: 'hint_digit',
      params: [digit],
    });
  });

  it.each([
    ['а', 'a'],
    ['е', 'e'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['х', 'x'],
    ['у', 'y'],
    ['і', 'i'],
    ['А', 'A'],
    ['В', 'B'],
    ['Е', 'E'],
    ['К', 'K'],
    ['М', 'M'],
    ['Н', 'H'],
    ['О', 'O'],
    ['Р', 'P'],
    ['С', 'C'],
    ['Т', 'T'],
    ['Х', 'X'],
  ])('Cyrillic %s looks like Latin %s', (char, latin) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'looks-like-latin',
      hint: 'hint_looks_like_cyrillic',
      params: [latin],
    });
  });

  it.each([
    ['ο', 'o'],
    ['ρ', 'p'],
    ['α', 'a'],
    ['ν', 'v'],
    ['Α', 'A'],
    ['Β', 'B'],
    ['Ι', 'I'],
    ['Ο', 'O'],
  ])('Greek %s looks like Latin %s', (char, latin) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'looks-like-latin',
      hint: 'hint_looks_like_greek',
      params: [latin],
    });
  });

  it.each([...'бжяыДЛ', 'ё', 'е\u0308', 'а\u0301'])('Cyrillic %s', (char) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'cyrillic',
      hint: 'hint_switch_keyboard_cyrillic',
      params: [],
    });
  });

  it.each([...'λπσωΩΔ', '\u2126', 'µ'])('Greek %s', (char) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'greek',
      hint: 'hint_switch_keyboard_greek',
      params: [],
    });
  });

  it.each([
    ['م', 'Arab', 'Arabic'],
    ['ש', 'Hebr', 'Hebrew'],
    ['漢', 'Hani', 'Han'],
    ['あ', 'Hira', 'Hiragana'],
    ['ア', 'Kana', 'Katakana'],
    ['ｱ', 'Kana', 'Katakana'],
    ['한', 'Hang', 'Hangul'],
    ['ไ', 'Thai', 'Thai'],
    ['क', 'Deva', 'Devanagari'],
    ['ক', 'Beng', 'Bengali'],
    ['Ա', 'Armn', 'Armenian'],
    ['ა', 'Geor', 'Georgian'],
    ['አ', 'Ethi', 'Ethiopic'],
    ['த', 'Taml', 'Tamil'],
    ['ᐁ', 'Cans', 'Canadian Aboriginal'],
  ])('other script %s is %s (%s)', (char, script) => {
    const r = only(`Abc1${char}def`);
    expect(r).toMatchObject({ kind: 'other-script', script, hint: { key: 'hint_switch_keyboard' } });
    // The code is ISO 15924, which the UI names in the reader's language (Intl.DisplayNames knows it).
    expect(new Intl.DisplayNames(['nb'], { type: 'script' }).of(script)).not.toBe(script);
  });

  it('refuses a letter of an unlisted script without naming the script', () => {
    const r = only('Abc1\u2c00def'); // GLAGOLITIC CAPITAL LETTER AZU
    expect(r.kind).toBe('other-script');
    expect(r.script).toBeUndefined();
  });

  it.each([
    ['\u200b', 'char_zero_width_space', []],
    ['\u200c', 'char_zero_width_non_joiner', []],
    ['\u200d', 'char_zero_width_joiner', []],
    ['\u2060', 'char_word_joiner', []],
    ['\ufeff', 'char_byte_order_mark', []],
    ['\u00ad', 'char_soft_hyphen', []],
    ['\u200e', 'char_direction_mark', []],
    ['\u200f', 'char_direction_mark', []],
    ['\u202e', 'char_direction_mark', []],
    ['\u2066', 'char_direction_mark', []],
    ['\u2069', 'char_direction_mark', []],
    ['\u061c', 'char_direction_mark', []],
    ['\u2063', 'char_invisible', ['U+2063']],
    ['\u180e', 'char_invisible', ['U+180E']],
    ['\u3164', 'char_invisible', ['U+3164']],
    ['\ufe0f', 'char_invisible', ['U+FE0F']],
    ['\u{e0041}', 'char_invisible', ['U+E0041']],
  ])('invisible %j is named %s', (char, name, params) => {
    const r = only(`Abc1${char}def`);
    expect(r).toMatchObject({
      kind: 'invisible',
      index: 4,
      length: 1,
      hint: { key: 'hint_remove_invisible' },
    });
    expect(r.name).toEqual(params.length ? { key: name, params } : { key: name });
  });

  it('reports a zero-width joiner between letters as invisible, and leaves the letters alone', () => {
    const verdict = checkPassword('Pass\u200dord1');
    expect(verdict.refused.map((r) => [r.index, r.kind])).toEqual([[4, 'invisible']]);
  });

  it('lets a refused character take the marks typed after it', () => {
    expect(only('Abc1 \u0308def')).toMatchObject({ kind: 'space', index: 4, length: 2, text: ' \u0308' });
    expect(only('Abc1д\u0301ef')).toMatchObject({ kind: 'cyrillic', index: 4, length: 2 });
  });

  it('reports marks after an invisible character on their own', () => {
    const verdict = checkPassword('Abc1\u200b\u0301def');
    expect(verdict.refused.map((r) => [r.index, r.kind])).toEqual([
      [4, 'invisible'],
      [5, 'combining-mark'],
    ]);
  });

  it('reports a loose combining mark at the start by code point', () => {
    expect(only('\u0301Abc1def')).toMatchObject({
      kind: 'combining-mark',
      index: 0,
      length: 1,
      hint: { key: 'hint_remove_mark' },
      name: { key: 'char_combining_mark', params: ['U+0301'] },
    });
  });

  it('reports a digit with a mark on it as the digit with the mark', () => {
    expect(only('Abc1\u0301def')).toMatchObject({
      kind: 'combining-mark',
      index: 3,
      length: 2,
      text: '1\u0301',
      hint: { key: 'hint_remove_mark_after', params: ['1'] },
    });
  });

  it.each([
    ['😀', 1],
    ['🇳🇴', 2],
    ['👨‍👩‍👧‍👦', 7],
    ['🏳️‍🌈', 4],
    ['👍🏽', 2],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 7],
    ['❤️', 2],
    ['©', 1],
    ['™', 1],
    ['#️⃣', 3],
  ])('emoji %s is one entry of %i code points', (emoji, length) => {
    const r = only(`Abc1${emoji}def`);
    expect(r).toMatchObject({
      kind: 'emoji',
      index: 4,
      length,
      text: emoji,
      hint: { key: 'hint_remove_emoji' },
    });
  });

  it('reports a keycap as one emoji whose fix is the digit on it', () => {
    expect(only('Abcd1️⃣ef')).toMatchObject({
      kind: 'emoji',
      index: 4,
      length: 3,
      text: '1️⃣',
      hint: { key: 'hint_digit', params: ['1'] },
    });
  });

  it('keeps two flags apart and a skin tone on a letter off the letter', () => {
    expect(checkPassword('🇳🇴🇸🇪').refused.map((r) => r.text)).toEqual(['🇳🇴', '🇸🇪']);
    expect(checkPassword('Abca🏻1').refused.map((r) => [r.index, r.text])).toEqual([[4, '🏻']]);
  });

  it.each([
    ['\ud800', 'a lone high surrogate'],
    ['\udbff', 'the last high surrogate'],
    ['\udc00', 'a lone low surrogate'],
    ['\udfff', 'the last low surrogate'],
  ])('%j (%s) is a broken character', (char) => {
    expect(only(`Abc1${char}def`)).toMatchObject({
      kind: 'lone-surrogate',
      length: 1,
      hint: { key: 'hint_remove_broken' },
      name: { key: 'char_broken_character' },
    });
  });

  it('reports a reversed surrogate pair as two broken characters', () => {
    const verdict = checkPassword('Abc1\udc00\ud800');
    expect(verdict.refused.map((r) => [r.index, r.kind])).toEqual([
      [4, 'lone-surrogate'],
      [5, 'lone-surrogate'],
    ]);
  });

  it.each([...'€§«»–—“”’…¤£½¦', '＠'])('other symbol %s', (char) => {
    expect(summary(only(`Abc1${char}def`))).toEqual({
      kind: 'symbol',
      hint: 'hint_remove_symbol',
      params: [],
    });
  });

  it.each([
    ['\ue000', 'private use'],
    ['\uffff', 'a noncharacter'],
    ['\u0378', 'unassigned'],
  ])('%j (%s) is refused as other', (char) => {
    expect(only(`Abc1${char}def`).kind).toBe('other');
  });
});

describe('positions', () => {
  it('counts positions in code points, after emoji and lone surrogates', () => {
    const verdict = checkPassword('😀a\ud800b👨‍👩‍👧c!');
    expect(verdict.refused.map((r) => [r.index, r.length, r.kind])).toEqual([
      [0, 1, 'emoji'],
      [2, 1, 'lone-surrogate'],
      [4, 5, 'emoji'],
      [10, 1, 'ascii-symbol'],
    ]);
    expect(verdict.length).toBe(11);
  });

  it('never puts the password in a hint: parameters are a few letters at most', () => {
    const value = 'Blåbærsyltetøy!2024 Привет😀\u200b';
    for (const r of checkPassword(value).refused) {
      for (const param of [...(r.hint.params ?? []), ...(r.name?.params ?? [])])
        expect(param.length).toBeLessThanOrEqual(8);
    }
  });

  it('returns only messages that exist in en and nb with the right placeholders', () => {
    const value = [
      'a!\t \u00a0\u3000æøåéłſﬁＡ٣аλбמ\u2c00\u200b\u2063\u0301😀1️⃣\ud800€\ue000',
      'e\u0301',
      '\u212a\u212b',
    ].join('');
    const verdict = checkPassword(value, { ...UDI_POLICY, maxLength: 12 });
    const messages = [
      ...verdict.rules.map((r) => r.message),
      ...verdict.refused.flatMap((r) => (r.name ? [r.hint, r.name] : [r.hint])),
    ];
    expect(messages.map(messageProblem).filter(Boolean)).toEqual([]);
  });
});

describe('inputs that must not break the checker', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 12345678],
    ['an object', { toString: () => 'Passord1' }],
  ])('checks %s as the empty string', (_, value) => {
    const verdict = checkPassword(value as unknown as string);
    expect(verdict).toMatchObject({ ok: false, length: 0, refused: [] });
  });

  it('checks against UDI_POLICY when given a policy that fails the schema', () => {
    const bad = { minLength: -1 } as unknown as typeof UDI_POLICY;
    expect(checkPassword('Passord1', bad).ok).toBe(true);
    expect(checkPassword('Pass1', bad).ok).toBe(false);
  });

  it('caps the refused list when asked, and still counts every entry', () => {
    const verdict = checkPassword('!'.repeat(1000), UDI_POLICY, { maxRefused: 10 });
    expect(verdict.refused).toHaveLength(10);
    expect(verdict.refusedCount).toBe(1000);
  });

  it(`explains every code point, U+0000 to U+10FFFF, in one string (${hex('\u{10ffff}')} included)`, () => {
    const chars: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) chars.push(String.fromCodePoint(cp));
    const all = chars.join('');
    const verdict = checkPassword(all);
    // U+DBFF followed by U+DC00 pairs up into U+10FC00: one code point fewer than 0x110000.
    expect(verdict.length).toBe(codePoints(all).length);
    expect(verdict.ok).toBe(false);
    expect(spanProblem(all, verdict)).toBeUndefined();
    const messages = new Map(
      verdict.refused
        .flatMap((r) => (r.name ? [r.hint, r.name] : [r.hint]))
        .map((m) => [JSON.stringify(m), m]),
    );
    expect([...messages.values()].map(messageProblem).filter(Boolean)).toEqual([]);
  }, 60_000);

  // How fast is the benchmark's business (policy.bench.ts), not a timed assertion here.
  it('checks a 1 MB mixed paste, every refused span right', () => {
    const chunk = 'Sommer2024!æøå Привет 😀\u200bé\ud800 ';
    const value = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
    const verdict = checkPassword(value);
    expect(verdict.ok).toBe(false);
    expect(spanProblem(value, verdict)).toBeUndefined();
  }, 30_000);

  it('cuts long emoji runs without losing a character', () => {
    const smileys = '😀'.repeat(300);
    expect(checkPassword(smileys).refused).toHaveLength(300);
    const chain = `Ab1${'👨\u200d'.repeat(300)}`;
    expect(spanProblem(chain, checkPassword(chain))).toBeUndefined();
  });

  it('checks a 1 MB valid password', () => {
    const value = 'Aa1'.repeat(333_334);
    const verdict = checkPassword(value);
    expect(verdict.ok).toBe(true);
    expect(verdict.length).toBe(1_000_002);
  });
});
