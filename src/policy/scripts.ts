/**
 * The writing systems an applicant to Norway most likely types in, tried in order by `\p{Script=…}`.
 * The code is ISO 15924, so the UI can name the script in the reader's language with
 * `Intl.DisplayNames(lang, { type: 'script' })`; the name is Unicode's (English) property value.
 * A character from a script not listed here is still refused, just without a name.
 */
const NAMED_SCRIPTS: readonly (readonly [code: string, name: string])[] = [
  ['Arab', 'Arabic'],
  ['Hebr', 'Hebrew'],
  ['Hani', 'Han'],
  ['Hira', 'Hiragana'],
  ['Kana', 'Katakana'],
  ['Hang', 'Hangul'],
  ['Thai', 'Thai'],
  ['Deva', 'Devanagari'],
  ['Beng', 'Bengali'],
  ['Guru', 'Gurmukhi'],
  ['Gujr', 'Gujarati'],
  ['Orya', 'Oriya'],
  ['Taml', 'Tamil'],
  ['Telu', 'Telugu'],
  ['Knda', 'Kannada'],
  ['Mlym', 'Malayalam'],
  ['Sinh', 'Sinhala'],
  ['Armn', 'Armenian'],
  ['Geor', 'Georgian'],
  ['Ethi', 'Ethiopic'],
  ['Syrc', 'Syriac'],
  ['Thaa', 'Thaana'],
  ['Khmr', 'Khmer'],
  ['Laoo', 'Lao'],
  ['Mymr', 'Myanmar'],
  ['Tibt', 'Tibetan'],
  ['Mong', 'Mongolian'],
  ['Bopo', 'Bopomofo'],
  ['Yiii', 'Yi'],
  ['Tfng', 'Tifinagh'],
  ['Nkoo', 'Nko'],
  ['Cher', 'Cherokee'],
  ['Cans', 'Canadian_Aboriginal'],
  ['Copt', 'Coptic'],
  ['Runr', 'Runic'],
  ['Ogam', 'Ogham'],
];

export interface ScriptName {
  /** ISO 15924 code, e.g. 'Arab'. */
  code: string;
  /** Unicode's (English) name of the script, e.g. 'Arabic'. */
  name: string;
}

let compiled: readonly (readonly [ScriptName, RegExp])[] | undefined;

/** The named script of one character, or undefined (Latin, Cyrillic and Greek are handled before). */
export function scriptOf(char: string): ScriptName | undefined {
  compiled ??= NAMED_SCRIPTS.map(([code, value]) => [
    { code, name: value.replace(/_/g, ' ') },
    new RegExp(`^\\p{Script=${value}}`, 'u'),
  ]);
  for (const [script, pattern] of compiled) if (pattern.test(char)) return script;
  return undefined;
}
