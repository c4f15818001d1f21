/**
 * True when `text` holds something that looks like a Norwegian national identity number (fødselsnummer)
 * or D-number: 11 digits in a row, possibly written 6 + 5 with a space, dot or dash between. Deliberately
 * broad (no checksum): a mistyped number is just as sensitive, and a memo label never needs 11 digits.
 */
export function looksLikeIdentityNumber(text: string): boolean {
  return /(?<!\d)\d{6}[ .\u00a0-]?\d{5}(?!\d)/.test(text);
}
