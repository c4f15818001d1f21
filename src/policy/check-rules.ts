import type { Message } from '../shared/message-key.ts';
import type { findRefused } from './find-refused.ts';
import type { PageLimits } from './page-limits.ts';
import type { Refused, RuleResult, Verdict } from './types.ts';
import { CHARACTER_CLASSES, type CharacterClass, isPolicy, type Policy, UDI_POLICY } from './udi-policy.ts';
import { unitsAt } from './unicode.ts';

/** The explanation engine (find-refused.ts): which characters UDI refuses, what they are, how to fix them. */
export type Explain = typeof findRefused;

export interface CheckOptions {
  /**
   * Builds at most this many `refused` entries (`refusedCount` still counts them all). No cap by default:
   * every refused character is reported, and even a megabyte paste is checked in well under a second.
   */
  maxRefused?: number;
  /** The page's own limits on the field (page-limits.ts): rules of their own, and `ok` needs them too. */
  page?: PageLimits | undefined;
}

const CLASS_RULE: Readonly<Record<CharacterClass, Message>> = {
  upper: { key: 'rule_upper' },
  lower: { key: 'rule_lower' },
  digit: { key: 'rule_digit' },
};
const ALLOWED_RULE: Message = { key: 'rule_allowed_characters' };

const validated = new WeakMap<object, Policy>();

/**
 * Checks a password against a policy: `ok` is exactly the policy's acceptance rule (UDI's for UDI_POLICY),
 * `rules` say which rule holds, and with `explain`, `refused` says which characters UDI refuses, what
 * they are and how to fix them (without it, `refused` is empty: the mount code checks at once and loads
 * the explanations only when a refused character first appears). check.ts always explains.
 * Pure: returns message keys, and never throws, whatever the string (lone surrogates, megabytes).
 * A value that is not a string is checked as the empty string; an invalid policy as UDI's.
 */
export function checkRules(
  value: string,
  policy: Policy,
  options: CheckOptions,
  explain: Explain | undefined,
): Verdict {
  const text = typeof value === 'string' ? value : '';
  const max = Math.max(0, Number(options?.maxRefused ?? Number.POSITIVE_INFINITY)) || 0;
  return check(text, usable(policy), max, options?.page, explain);
}

function check(
  text: string,
  policy: Policy,
  max: number,
  page: PageLimits | undefined,
  explain: Explain | undefined,
): Verdict {
  const seen: Record<CharacterClass, boolean> = { upper: false, lower: false, digit: false };
  let length = 0;
  let firstRefused = -1;
  let firstRefusedCp = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) seen.lower = true;
    else if (c >= 65 && c <= 90) seen.upper = true;
    else if (c >= 48 && c <= 57) seen.digit = true;
    else {
      if (firstRefused < 0) {
        firstRefused = i;
        firstRefusedCp = length;
      }
      i += unitsAt(text, i, n) - 1;
    }
    length++;
  }
  const { refused, count } =
    firstRefused < 0 || !explain
      ? { refused: [] as Refused[], count: 0 }
      : explain(text, firstRefused, firstRefusedCp, max);
  const rules = rulesFor(policy, length, seen, firstRefused < 0);
  if (page)
    rules.push(
      ...pageRules(
        page,
        text,
        length,
        rules.every((rule) => rule.ok),
      ),
    );
  return { ok: rules.every((rule) => rule.ok), length, rules, refused, refusedCount: count };
}

/** Known from the rules alone, before the explanation engine says which characters they are. */
export const hasRefused = (verdict: Verdict): boolean =>
  verdict.rules.some((rule) => rule.id === 'allowed-characters' && !rule.ok);

/** Page limits the applicant could meet by accident: any minimum above UDI's, a maximum up to this. */
const SHOWN_MAX = 64;

/**
 * The page's own limits as rules of their own, after UDI's. Its pattern is a rule only once UDI's rules
 * and the lengths hold: before that, a pattern usually refuses what UDI refuses too, and would say nothing new.
 */
function pageRules(page: PageLimits, text: string, length: number, udiOk: boolean): RuleResult[] {
  const count = String(length);
  const rules: RuleResult[] = [];
  if (page.minLength !== undefined) {
    rules.push({
      id: 'page-min-length',
      ok: length >= page.minLength,
      message: { key: 'rule_page_min_length', params: [String(page.minLength), count] },
      count: length,
    });
  }
  if (page.maxLength !== undefined && (page.maxLength <= SHOWN_MAX || length > page.maxLength)) {
    rules.push({
      id: 'page-max-length',
      ok: length <= page.maxLength,
      message: { key: 'rule_page_max_length', params: [String(page.maxLength), count] },
      count: length,
    });
  }
  if (page.pattern && udiOk && rules.every((rule) => rule.ok) && !page.pattern.test(text)) {
    rules.push({ id: 'page-pattern', ok: false, message: { key: 'rule_page_pattern' } });
  }
  return rules;
}

function rulesFor(
  policy: Policy,
  length: number,
  seen: Record<CharacterClass, boolean>,
  allowedOnly: boolean,
): RuleResult[] {
  const count = String(length);
  const rules: RuleResult[] = [
    {
      id: 'min-length',
      ok: length >= policy.minLength,
      message: { key: 'rule_min_length', params: [String(policy.minLength), count] },
      count: length,
    },
  ];
  if (policy.maxLength !== undefined) {
    rules.push({
      id: 'max-length',
      ok: length <= policy.maxLength,
      message: { key: 'rule_max_length', params: [String(policy.maxLength), count] },
      count: length,
    });
  }
  for (const cls of CHARACTER_CLASSES) rules.push({ id: cls, ok: seen[cls], message: CLASS_RULE[cls] });
  rules.push({ id: 'allowed-characters', ok: allowedOnly, message: ALLOWED_RULE });
  return rules;
}

/** The policy itself once it has passed isPolicy (remembered per object), or UDI's if it fails. */
function usable(policy: Policy): Policy {
  if (policy === UDI_POLICY) return policy;
  if (typeof policy !== 'object' || policy === null) return UDI_POLICY;
  let known = validated.get(policy);
  if (!known) {
    known = isPolicy(policy) ? policy : UDI_POLICY;
    validated.set(policy, known);
  }
  return known;
}
