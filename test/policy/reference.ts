import fc from 'fast-check';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import nb from '../../public/_locales/nb/messages.json' with { type: 'json' };
import type { Message } from '../../src/shared/message-key.ts';

/** UDI's rule as the issue states it; every test compares against this, never against the checker's code. */
export function reference(p: string): boolean {
  return /^[A-Za-z0-9]{8,}$/.test(p) && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p);
}

/**
 * Runs per property: 100,000 in `npm test`, more for a soak, one file at a time:
 * `POLICY_SOAK_RUNS=1000000 npx vitest run --project unit test/policy/check.property.test.ts`.
 */
export const RUNS = Number(process.env.POLICY_SOAK_RUNS) || 100_000;

/** Code points of a string the way the checker counts them: a lone surrogate counts as one. */
export const codePoints = (s: string): string[] => Array.from(s);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Characters the issue names as traps, plus their usual company. */
export const TRAPS = [
  ...' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\0',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u202f',
  '\u3000',
  '\u2028',
  ...'æøåÆØÅ',
  'a\u030a',
  'A\u030a',
  '\u212b',
  ...'éüßẞłñçı',
  'e\u0301',
  '\u212a',
  'ſ',
  'ﬁ',
  'Ĳ',
  'ª',
  '𝐀',
  'Ⅻ',
  ...'аеорсхуіАВЕКМНОРСТХ',
  ...'бжяё',
  ...'οραΑΒΕΙλπω',
  ...'مש漢あア한ไक',
  ...'٣３३²①𝟏',
  ...'ＡｚＰ',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u061c',
  '\ufe0f',
  '\u3164',
  '\u0301',
  '\u0308',
  '\u20e3',
  '😀',
  '🇳🇴',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '1️⃣',
  '#️⃣',
  '👍🏽',
  '\u{1f3fb}',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '©',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  ...'€§«»–“”’…',
  '\ue000',
  '\uffff',
  '\u0378',
];

export const alnumChar = fc.constantFrom(...ALNUM);
export const trapChar = fc.constantFrom(...TRAPS);
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));
/** Any code point, surrogate halves included (fast-check's 'binary' unit leaves them out). */
export const anyCodePoint = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Arbitrary full-Unicode strings, with enough letters and digits that passwords and near-passwords occur. */
export const unicodeString = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: anyCodePoint },
    { weight: 4, arbitrary: alnumChar },
    { weight: 1, arbitrary: trapChar },
  ),
  maxLength: 24,
});

/** A password UDI accepts: at least one of each class, shuffled, 8–24 characters. */
export const validPassword = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    fc.constantFrom(...'0123456789'),
    fc.array(alnumChar, { minLength: 5, maxLength: 21 }),
  )
  .chain(([u, l, d, rest]) => fc.shuffledSubarray([u, l, d, ...rest], { minLength: rest.length + 3 }))
  .map((chars) => chars.join(''));

/** A valid password with one character replaced, deleted or inserted. */
export const nearMiss = fc
  .tuple(
    validPassword,
    fc.nat(),
    fc.constantFrom('replace', 'delete', 'insert'),
    fc.oneof(anyCodePoint, trapChar, alnumChar),
  )
  .map(([p, at, how, char]) => {
    const cps = codePoints(p);
    const i = at % cps.length;
    if (how === 'delete') cps.splice(i, 1);
    else cps.splice(i, how === 'replace' ? 1 : 0, char);
    return cps.join('');
  });

type Entry = { message: string; placeholders?: Record<string, unknown> };
const locales = { en, nb } as unknown as Record<'en' | 'nb', Record<string, Entry>>;

/** Why a returned message would not show right, or undefined: the key must exist in en and nb with as many placeholders as params. */
export function messageProblem(message: Message): string | undefined {
  for (const lang of ['en', 'nb'] as const) {
    const entry = locales[lang][message.key];
    if (!entry) return `${message.key} missing in ${lang}`;
    const declared = Object.keys(entry.placeholders ?? {}).length;
    if (declared !== (message.params?.length ?? 0))
      return `${message.key} in ${lang}: ${declared} placeholders, ${message.params?.length ?? 0} params`;
  }
  return undefined;
}

const ALLOWED = /^[A-Za-z0-9]$/;
const MARK = /^\p{M}$/u;
const KEYCAP = /^[0-9#*]\ufe0f?\u20e3$/u;

interface SpanVerdict {
  refused: readonly { index: number; length: number; text: string; kind: string }[];
  refusedCount: number;
}

/**
 * Why the refused entries would not be exactly the characters outside A–Z a–z 0–9, or undefined.
 * The contract: entries are in order, disjoint, in bounds, and `text` is the code points they cover;
 * every code point outside [A-Za-z0-9] is covered; an allowed letter or digit is covered only as the
 * first code point of an entry whose other code points are all combining marks (é as e + U+0301, å as
 * a + U+030A), or of a keycap emoji (1️⃣).
 */
export function spanProblem(value: string, verdict: SpanVerdict): string | undefined {
  const cps = codePoints(value);
  const covered = new Array<boolean>(cps.length).fill(false);
  let end = 0;
  if (verdict.refusedCount !== verdict.refused.length) return 'refusedCount differs from refused.length';
  for (const r of verdict.refused) {
    if (r.index < end) return `entry at ${r.index} overlaps the one before or is out of order`;
    if (r.length < 1 || r.index + r.length > cps.length) return `entry at ${r.index} is out of bounds`;
    let spanText = '';
    for (let p = r.index; p < r.index + r.length; p++) spanText += cps[p];
    if (spanText !== r.text) return `entry at ${r.index}: text is not the code points it covers`;
    for (let p = r.index; p < r.index + r.length; p++) {
      if (ALLOWED.test(cps[p] as string)) {
        const rest = cps.slice(p + 1, r.index + r.length);
        const accepted =
          p === r.index && rest.length > 0 && (rest.every((c) => MARK.test(c)) || KEYCAP.test(r.text));
        if (!accepted) return `allowed ${cps[p]} at ${p} is covered by a ${r.kind} entry`;
      }
      covered[p] = true;
    }
    end = r.index + r.length;
  }
  const missed = cps.findIndex((c, p) => !ALLOWED.test(c) && !covered[p]);
  if (missed >= 0) return `U+${(cps[missed]?.codePointAt(0) ?? 0).toString(16)} at ${missed} is not reported`;
  return undefined;
}
