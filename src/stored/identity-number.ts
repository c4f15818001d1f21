import { decimalDigitValue } from '../policy/plain-forms.ts';

/**
 * True when `text` holds something that looks like a Norwegian national identity number (fødselsnummer)
 * or D-number: 11 digits, written in any script's digits (Arabic-Indic ٠١٢, Persian ۰۱۲, full-width ０１２, …)
 * and in groups of any size between spaces, punctuation (dashes, dots, slashes, …) or invisible characters
 * ("010190 12345", "010 190 123 45", "010190–12345"). Deliberately broad (no checksum): a mistyped number
 * is just as sensitive, and a memo label never needs 11 digits. The 11 must be whole groups: a 12-digit
 * DUF number, "123456789012" or "1234 5678 9012", does not count.
 */
export const looksLikeIdentityNumber = (text: string): boolean => ELEVEN.test(asciiDigits(text));

/**
 * 11 digits from the start of a group to the end of one, with nothing but separators between them (after
 * NFKC, which has mapped full-width forms). Separators and digits never overlap, so this stays linear.
 */
const ELEVEN = /(?<!\d)\d(?:[\s\p{P}\p{Cf}\u2212]*\d){10}(?!\d)/u;

/**
 * `text` in NFKC with every decimal digit of any script (Unicode Nd) as its ASCII digit: the checker's own
 * digit values (a digit's distance from the start of its run of ten; test/stored/identity-number.test.ts
 * holds that against the runtime's Unicode data).
 */
export const asciiDigits = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (digit) => decimalDigitValue(digit.codePointAt(0) ?? 0) ?? digit);
