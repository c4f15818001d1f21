import { UDI_POLICY } from './udi-policy.ts';

/**
 * A page's own limits on its password field, as data: what HTML lets a page declare (`minlength`,
 * `maxlength`, `pattern` with its `title`). Account pages of UDI's kind (Azure AD B2C) declare a `pattern`
 * that caps passwords at 16 characters, although UDI publishes no maximum: a password we call fine or
 * generate must pass these too. Pure: the DOM glue hands over the attributes as strings.
 */
export interface PageLimits {
  /** Only when stricter than UDI's own minimum. */
  minLength?: number;
  /** From `maxlength`, or the longest length the page's pattern accepts for a password UDI accepts. */
  maxLength?: number;
  pattern?: PagePattern;
  /** The page's own words about its pattern (its `title`), shown when the pattern refuses a password. */
  title?: string;
}

export interface PagePattern {
  /** Whether the page's pattern accepts `value`; false for a value longer than it is ever run on. */
  test(value: string): boolean;
}

export interface FieldAttributes {
  minlength: string | null;
  maxlength: string | null;
  pattern: string | null;
  title: string | null;
}

/**
 * A page's regular expression is the page's to write: it is only ever run on a candidate password (never
 * longer than this), compiled only from a source of bounded length, and probed a bounded number of times.
 */
export const MAX_TESTED_LENGTH = 256;
const MAX_PATTERN_SOURCE = 2048;
const MAX_TITLE = 200;
/** The lengths probed for the longest password a pattern accepts (the generator's own range ends at 64). */
const PROBE_MAX = 64;
/** Letters and digits in no order a pattern would single out: its first n characters hold all three classes. */
const PROBE = 'Qm7vK2pX9sT4wB8nR3yH6jD5fL1gZ0cEa4UoY7iN2bM9tV5rS3eW8qA6hJ1dG0kPxFz';

const whole = (text: string | null): number | undefined => {
  if (text === null || !/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  return Number(text);
};

/**
 * The HTML standard compiles `pattern` as `^(?:pattern)$` with the `v` flag and ignores a pattern that
 * does not compile. Azure AD B2C's default "strong" pattern does not compile with `v` (an unescaped `[`
 * in a class) but does with `u` or no flag, and the page's own script applies it: so try those too.
 */
export function compilePattern(source: string): PagePattern | undefined {
  if (source.length > MAX_PATTERN_SOURCE) return undefined;
  for (const flags of ['v', 'u', '']) {
    try {
      const re = new RegExp(`^(?:${source})$`, flags);
      return { test: (value) => value.length <= MAX_TESTED_LENGTH && re.test(value) };
    } catch {
      // Not valid with these flags: try the next.
    }
  }
  return undefined;
}

/** The limits a field declares, or undefined when it declares none stricter than UDI's own rules. */
export function readPageLimits(attributes: FieldAttributes): PageLimits | undefined {
  const limits: PageLimits = {};
  const min = whole(attributes.minlength);
  if (min !== undefined && min > UDI_POLICY.minLength) limits.minLength = min;
  let max = whole(attributes.maxlength);
  const pattern = attributes.pattern === null ? undefined : compilePattern(attributes.pattern);
  if (pattern) {
    limits.pattern = pattern;
    const longest = longestAccepted(pattern);
    if (longest !== undefined && longest < PROBE_MAX) max = Math.min(max ?? longest, longest);
    const title = attributes.title?.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
    if (title) limits.title = title;
  }
  if (max !== undefined && max > 0) limits.maxLength = max;
  return Object.keys(limits).length ? limits : undefined;
}

/**
 * The longest password UDI accepts that the pattern accepts too, probed at every length from UDI's
 * minimum up: a cap such as B2C's `{8,16}` shows as 16. Undefined when it accepts none of the probes.
 */
function longestAccepted(pattern: PagePattern): number | undefined {
  let longest: number | undefined;
  for (let length = UDI_POLICY.minLength; length <= PROBE_MAX; length++) {
    if (pattern.test(PROBE.slice(0, length))) longest = length;
  }
  return longest;
}

/** Both fields' limits at once (a new password and its confirmation must hold the same password). */
export function mergeLimits(a: PageLimits | undefined, b: PageLimits | undefined): PageLimits | undefined {
  if (!a || !b) return a ?? b;
  const merged: PageLimits = {};
  const least = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));
  const most = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
  const minLength = most(a.minLength, b.minLength);
  const maxLength = least(a.maxLength, b.maxLength);
  if (minLength !== undefined) merged.minLength = minLength;
  if (maxLength !== undefined) merged.maxLength = maxLength;
  const [p, q] = [a.pattern, b.pattern];
  const pattern = p && q ? { test: (value: string) => p.test(value) && q.test(value) } : (p ?? q);
  if (pattern) merged.pattern = pattern;
  const title = a.title ?? b.title;
  if (title) merged.title = title;
  return merged;
}
