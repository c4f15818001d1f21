import { describe, expect, it } from 'vitest';
import { hasControlCharacters } from '../../src/stored/control-characters.ts';

describe('hasControlCharacters (what a memo label may not hold)', () => {
  it.each([
    ['Anna\u202eetimrep kroW', 'a right-to-left override (U+202E)'],
    ['Anna\u202dx', 'a left-to-right override'],
    ['Anna\u202bx\u202c', 'an embedding and its pop'],
    ['Anna\u2067x\u2069', 'an isolate and its pop'],
    ['Anna\u200fx', 'a right-to-left mark'],
    ['Anna\u061cx', 'the Arabic letter mark'],
    ['An\u200bna', 'a zero-width space'],
    ['\u200cAnna', 'a zero-width non-joiner not between letters'],
    ['Anna\u200d', 'a zero-width joiner at the end'],
    ['An\u00adna', 'a soft hyphen'],
    ['An\u2060na', 'a word joiner'],
    ['An\ufeffna', 'a byte-order mark'],
    ['Anna\tx', 'a tab'],
    ['Anna\nx', 'a newline'],
    ['Anna\u0000', 'a NUL'],
    ['Anna\u0085x', 'a C1 control'],
    ['Anna\u2028x', 'a line separator'],
    ['Anna\u2029x', 'a paragraph separator'],
    ['Anna\ud800x', 'a lone surrogate'],
    ['Anna\u{e0041}', 'a tag character'],
  ])('refuses %j (%s)', (text) => {
    expect(hasControlCharacters(text)).toBe(true);
  });

  it.each([
    ['Work permit — Anna', 'a plain label with a dash'],
    ['Familie – Åse Ødegård', 'Norwegian letters'],
    ['تصريح عمل — آنا', 'Arabic'],
    ['Дозвіл на роботу — Анна', 'Cyrillic'],
    ['اجازه\u200cی کار', 'Persian with a zero-width non-joiner between letters'],
    ['क्\u200dष', 'Devanagari with a zero-width joiner after a virama'],
    ['Family 👨\u200d👩\u200d👧', 'an emoji ZWJ sequence'],
    ['Family 👨🏽\u200d👩', 'an emoji ZWJ sequence with a skin tone'],
    ['Anna 😀 2025', 'an emoji'],
  ])('accepts %j (%s)', (text) => {
    expect(hasControlCharacters(text)).toBe(false);
  });
});
