/**
 * The writing systems an applicant to Norway most likely types in, tried in order by `\p{Script=…}`,
 * which takes these ISO 15924 codes as they are; the UI names each in the reader's language with
 * `Intl.DisplayNames(lang, { type: 'script' })`. A character from a script not listed here is still
 * refused, just without a name.
 */
const NAMED_SCRIPTS =
  'Arab Hebr Hani Hira Kana Hang Thai Deva Beng Guru Gujr Orya Taml Telu Knda Mlym Sinh Armn Geor Ethi Syrc Thaa Khmr Laoo Mymr Tibt Mong Bopo Yiii Tfng Nkoo Cher Cans Copt Runr Ogam'.split(
    ' ',
  );

let compiled: readonly (readonly [code: string, RegExp])[] | undefined;

/** The ISO 15924 code of one character's named script, or undefined (Latin, Cyrillic, Greek come before). */
export function scriptOf(char: string): string | undefined {
  compiled ??= NAMED_SCRIPTS.map((code) => [code, new RegExp(`^\\p{Script=${code}}`, 'u')] as const);
  for (const [code, pattern] of compiled) if (pattern.test(char)) return code;
  return undefined;
}
