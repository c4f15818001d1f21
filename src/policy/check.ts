import { type CheckOptions, checkRules } from './check-rules.ts';
import { findRefused } from './find-refused.ts';
import type { Verdict } from './types.ts';
import { type Policy, UDI_POLICY } from './udi-policy.ts';

export type { CheckOptions } from './check-rules.ts';
export type { Classified, Refused, RefusedKind, RuleId, RuleResult, Verdict } from './types.ts';

/**
 * Checks a password against a policy (UDI's by default), with every explanation: which rules hold, and
 * which characters UDI refuses, what they are and how to fix them (check-rules.ts). For the popup and
 * tests; the mount code uses checkRules and gets the explanations injected when they are needed.
 */
export function checkPassword(
  value: string,
  policy: Policy = UDI_POLICY,
  options: CheckOptions = {},
): Verdict {
  return checkRules(value, policy, options, findRefused);
}
