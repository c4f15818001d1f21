// How to write a refused character with plain ASCII, derived from the platform (no hand-made table).

const RE = {
  marks: /\p{M}/gu,
  asciiLetters: /^[A-Za-z]+$/,
  lowercase: /^\p{Lowercase}$/u,
  decimalDigit: /^\p{Nd}$/u,
} as const;

let baseCollator: Intl.Collator | undefined;
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The plain A–Z letters an applicant would write instead, from the platform only: the decomposition
 * without its marks (é → e), the full case mapping (ß → SS → ss, ı → I → i), or else the letter the
 * Unicode collation treats as the same base letter (ł → l, đ → d, ħ → h).
 */
export function plainLetters(cluster: string): string | undefined {
  const stripped = cluster.normalize('NFKD').replace(RE.marks, '');
  if (RE.asciiLetters.test(stripped)) return stripped;
  const lower = RE.lowercase.test(String.fromCodePoint(cluster.codePointAt(0) ?? 0));
  const folded = (lower ? cluster.toUpperCase() : cluster.toLowerCase().toUpperCase())
    .normalize('NFKD')
    .replace(RE.marks, '');
  if (RE.asciiLetters.test(folded)) return lower ? folded.toLowerCase() : folded;
  try {
    baseCollator ??= new Intl.Collator('und', { sensitivity: 'base', usage: 'search' });
    const collator = baseCollator;
    return [...(lower ? LOWER : UPPER)].find((letter) => collator.compare(stripped, letter) === 0);
  } catch {
    return undefined;
  }
}

/**
 * The value of a decimal digit of any script. Unicode assigns decimal digits only in runs of ten, 0 to 9
 * (some runs touch, as in the mathematical digits), so the value is the distance from the run's start.
 */
export function decimalDigitValue(cp: number): string | undefined {
  let start = cp;
  // 60 is more than the longest run of touching digit sets (the 50 mathematical digits).
  while (start > 0 && cp - start < 60 && RE.decimalDigit.test(String.fromCodePoint(start - 1))) start--;
  return RE.decimalDigit.test(String.fromCodePoint(cp)) ? String((cp - start) % 10) : undefined;
}
