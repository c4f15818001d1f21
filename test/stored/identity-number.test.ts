import { describe, expect, it } from 'vitest';
import { asciiDigits, looksLikeIdentityNumber } from '../../src/stored/identity-number.ts';

describe('looksLikeIdentityNumber', () => {
  it.each([
    ['01019012345', 'an 11-digit identity number'],
    ['41019012345', 'a D-number (day + 40)'],
    ['010190 12345', 'written 6 + 5 with a space'],
    ['010190-12345', 'written 6 + 5 with a dash'],
    ['Anna 01019012345', 'inside a label'],
    ['01019012345@example.com', 'inside an email address'],
    // The security review's three examples (issue 13, item 7).
    ['٠١٠١٩٠١٢٣٤٥', 'in Arabic-Indic digits'],
    ['010190–12345', 'written 6 + 5 with an en dash'],
    ['010 190 123 45', 'in groups of 3, 3, 3 and 2'],
    ['۰۱۰۱۹۰۱۲۳۴۵', 'in Eastern Arabic-Indic (Persian, Urdu) digits'],
    ['０１０１９０１２３４５', 'in full-width digits'],
    ['०१०१९०१२३४५', 'in Devanagari digits'],
    ['𝟎𝟏𝟎𝟏𝟗𝟎𝟏𝟐𝟑𝟒𝟓', 'in mathematical bold digits'],
    ['01٠190١2345', 'in digits of two scripts mixed'],
    ['010190\u00a012345', 'with a no-break space'],
    ['010190\u200912345', 'with a thin space'],
    ['010190\u202f12345', 'with a narrow no-break space'],
    ['010190—12345', 'with an em dash'],
    ['010190\u221212345', 'with a minus sign'],
    ['010190\uff0d12345', 'with a full-width hyphen'],
    ['01.01.90.123.45', 'with dots'],
    ['010190/12345', 'with a slash'],
    ['010190 - 12345', 'with a spaced dash'],
    ['01019\u200b012345', 'with a zero-width space inside'],
    ['0101\u202e9012345', 'with a right-to-left override inside'],
    ['٠١٠١٩٠٬١٢٣٤٥', 'with an Arabic thousands separator'],
    ['Note 1 01019012345', 'after another number'],
    ['Anna, 010190 12345, Oslo', 'between commas and words'],
  ])('refuses %s (%s)', (text) => {
    expect(looksLikeIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['Work permit — Anna', 'a plain label'],
    ['Family 2024', 'a year'],
    ['Case 2401234', 'a 7-digit case number'],
    ['0101901234', '10 digits'],
    ['010190123456', '12 digits'],
    ['1234 5678 9012', 'a 12-digit DUF number in groups of 4'],
    ['٠١٠١٩٠١٢٣٤', '10 Arabic-Indic digits'],
    ['٠١٠١٩٠١٢٣٤٥٦', '12 Arabic-Indic digits'],
    ['12345 1234567', 'groups of 5 and 7: 12 digits, no whole groups that make 11'],
    ['anna.berg@example.com', 'an email address'],
    ['Family 2024 — case 2401234', 'a year and a case number apart'],
  ])('accepts %s (%s)', (text) => {
    expect(looksLikeIdentityNumber(text)).toBe(false);
  });

  it('stays fast on a huge input made of digit groups', () => {
    const started = performance.now();
    expect(looksLikeIdentityNumber('١٢٣٤ '.repeat(50_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('asciiDigits', () => {
  // Every numbering system the runtime's ICU knows whose digits are Unicode decimal digits (all but hanidec).
  const systems = Intl.supportedValuesOf('numberingSystem').flatMap((system) => {
    const format = new Intl.NumberFormat('en', { numberingSystem: system, useGrouping: false });
    const digits = [...'0123456789'].map((d) => format.format(Number(d))).join('');
    return /^\p{Nd}{10}$/u.test(digits) ? [[system, digits] as const] : [];
  });

  it('knows the digits of many scripts', () => {
    expect(systems.length).toBeGreaterThan(50);
    expect(systems.map(([system]) => system)).toEqual(
      expect.arrayContaining(['arab', 'arabext', 'fullwide']),
    );
  });

  it.each(systems)('reads %s digits (%s) as 0–9', (_, digits) => {
    expect(asciiDigits(digits)).toBe('0123456789');
  });

  it('rests on Unicode’s promise: decimal digits come in contiguous blocks of ten', () => {
    // asciiDigit counts from the first digit of a stretch of Nd code points, modulo 10.
    const decimal = /\p{Nd}/u;
    const stretches: number[] = [];
    let length = 0;
    for (let code = 0; code <= 0x110000; code++) {
      if (code < 0x110000 && decimal.test(String.fromCodePoint(code))) length++;
      else if (length > 0) {
        stretches.push(length);
        length = 0;
      }
    }
    expect(stretches.length).toBeGreaterThan(60);
    expect(stretches.filter((n) => n % 10 !== 0)).toEqual([]);
  });
});
