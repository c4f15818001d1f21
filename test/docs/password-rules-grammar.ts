/**
 * A strict checker of Apple's Password Rules language (https://developer.apple.com/password-rules/), the
 * language of the `passwordrules` attribute and of password-manager-resources' quirks/password-rules.json.
 * It accepts what the reference parser there (tools/PasswordRulesParser.js, which that repository's CI runs
 * on every entry) reads without a complaint, and rejects where that parser logs an error, warns, or quietly
 * drops part of a rule. A test helper, not shipped: it keeps the rule we write and the rule we propose
 * well-formed.
 *
 *   rules    = ws* rule (ws* ";" ws* rule)* ws* (";" ws*)?
 *   rule     = "required:" ws* classes | "allowed:" ws* classes
 *            | "minlength:" ws* int | "maxlength:" ws* int | "max-consecutive:" ws* int
 *   classes  = class (ws* "," ws* class)*
 *   class    = upper | lower | digit | special | ascii-printable | unicode   (any letter case)
 *            | "[" "-"? printable-ASCII-but-"-"-or-"]"* "]"? "]"         ("]" as a member: last, as "]]")
 *   int      = digits, directly followed by ";" or the end (the reference parser refuses "8 ;")
 *   ws       = space, tab, line feed, carriage return, form feed
 */

export const NAMED_CLASSES = ['upper', 'lower', 'digit', 'special', 'ascii-printable', 'unicode'] as const;
export type NamedClass = (typeof NAMED_CLASSES)[number];
export type CharacterClass = { named: NamedClass } | { custom: string };

export interface PasswordRules {
  minlength?: number;
  maxlength?: number;
  maxConsecutive?: number;
  /** One entry per `required:` property: at least one character from one of its classes. */
  required: CharacterClass[][];
  /** One entry per `allowed:` property. */
  allowed: CharacterClass[][];
}

export type Parsed = { ok: true; rules: PasswordRules } | { ok: false; error: string; at: number };

const PROPERTIES = ['required', 'allowed', 'minlength', 'maxlength', 'max-consecutive'] as const;
type Property = (typeof PROPERTIES)[number];

class RuleError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const isWhitespace = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isIdentifier = (c: string | undefined) => c !== undefined && /^[A-Za-z-]$/.test(c);
const isPrintableAscii = (c: string) => c >= ' ' && c <= '~';

export function parsePasswordRules(input: string): Parsed {
  let at = 0;
  const skipWhitespace = () => {
    while (isWhitespace(input[at])) at++;
  };
  const fail = (message: string): never => {
    throw new RuleError(message, at);
  };
  const identifier = () => {
    const start = at;
    while (isIdentifier(input[at])) at++;
    return input.slice(start, at);
  };

  const integer = (): number => {
    const start = at;
    while (input[at] !== undefined && /[0-9]/.test(input[at] as string)) at++;
    if (at === start) fail('expected a whole number');
    if (at < input.length && input[at] !== ';') fail('a number must be followed directly by ";" or the end');
    return Number(input.slice(start, at));
  };

  const customClass = (): string => {
    at++; // "["
    let members = '';
    for (;;) {
      const c = input[at];
      if (c === undefined) fail('custom class "[…" is never closed');
      if (c === ']') {
        if (input[at + 1] === ']') {
          members += ']';
          at += 2;
        } else at++;
        break;
      }
      if (!isPrintableAscii(c as string)) fail('a custom class may hold only printable ASCII characters');
      if (c === '-' && members !== '') fail('"-" may only be the first character of a custom class');
      members += c;
      at++;
    }
    if (members === '') fail('empty custom class "[]"');
    return members;
  };

  const classes = (): CharacterClass[] => {
    const list: CharacterClass[] = [];
    for (;;) {
      if (input[at] === '[') list.push({ custom: customClass() });
      else if (isIdentifier(input[at])) {
        const start = at;
        const name = identifier().toLowerCase();
        if (!(NAMED_CLASSES as readonly string[]).includes(name)) {
          at = start;
          fail(`unknown character class "${name}"`);
        }
        list.push({ named: name as NamedClass });
      } else fail('expected a character class');
      skipWhitespace();
      if (at >= input.length || input[at] === ';') return list;
      if (input[at] !== ',') fail('expected "," or ";" after a character class');
      at++;
      skipWhitespace();
    }
  };

  try {
    const rules: PasswordRules = { required: [], allowed: [] };
    skipWhitespace();
    if (at >= input.length) fail('no rules');
    while (at < input.length) {
      if (!isIdentifier(input[at])) fail('expected a property name');
      const start = at;
      const name = identifier();
      if (!(PROPERTIES as readonly string[]).includes(name)) {
        at = start;
        fail(`unknown property "${name}"`);
      }
      if (input[at] !== ':') fail(`expected ":" directly after "${name}"`);
      at++;
      skipWhitespace();
      if (at >= input.length || input[at] === ';') fail(`"${name}" has no value`);
      switch (name as Property) {
        case 'required':
          rules.required.push(classes());
          break;
        case 'allowed':
          rules.allowed.push(classes());
          break;
        case 'minlength':
          rules.minlength = Math.max(rules.minlength ?? 0, integer());
          break;
        case 'maxlength':
          rules.maxlength = Math.min(rules.maxlength ?? Number.POSITIVE_INFINITY, integer());
          break;
        case 'max-consecutive':
          rules.maxConsecutive = Math.min(rules.maxConsecutive ?? Number.POSITIVE_INFINITY, integer());
          break;
      }
      skipWhitespace();
      if (at >= input.length) break;
      if (input[at] !== ';') fail('expected ";" between properties');
      at++;
      skipWhitespace();
    }
    if (rules.maxlength === 0) throw new RuleError('maxlength: 0 allows no password', 0);
    if (rules.maxConsecutive === 0) throw new RuleError('max-consecutive: 0 allows no password', 0);
    if (rules.minlength !== undefined && rules.maxlength !== undefined && rules.minlength > rules.maxlength) {
      throw new RuleError('minlength is greater than maxlength', 0);
    }
    return { ok: true, rules };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, error: error.message, at: error.at };
    throw error;
  }
}

const range = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  ).join('');
const ASCII_PRINTABLE = range(' ', '~');
const NAMED: Record<Exclude<NamedClass, 'unicode'>, string> = {
  upper: range('A', 'Z'),
  lower: range('a', 'z'),
  digit: range('0', '9'),
  special: [...ASCII_PRINTABLE].filter((c) => !/[A-Za-z0-9]/.test(c)).join(''),
  'ascii-printable': ASCII_PRINTABLE,
};

/**
 * The characters a generator may use under these rules, sorted; `unicode` if any class is `unicode`. As the
 * reference parser does: the required classes count as allowed, and with neither any required nor any
 * allowed class, every printable ASCII character is allowed.
 */
export function allowedCharacters(rules: PasswordRules): string {
  const all = [...rules.required, ...rules.allowed].flat();
  if (all.length === 0) return ASCII_PRINTABLE;
  const chars = new Set<string>();
  for (const cls of all) {
    if ('custom' in cls) for (const c of cls.custom) chars.add(c);
    else if (cls.named === 'unicode') return 'unicode';
    else for (const c of NAMED[cls.named]) chars.add(c);
  }
  return [...chars].sort().join('');
}
