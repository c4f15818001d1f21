import type { Policy } from './udi-policy.ts';

/**
 * The policy in Apple's Password Rules language, for the `passwordrules` attribute that Safari and
 * password managers read when they generate a password. Required classes are implicitly the only allowed
 * ones, so there is no `allowed:` clause (one would only ever add characters). Classes in a fixed order,
 * so the attribute does not change with the order a policy lists them in.
 */
export function toPasswordRules(policy: Policy): string {
  const parts = [`minlength: ${policy.minLength};`];
  if (policy.maxLength !== undefined) parts.push(`maxlength: ${policy.maxLength};`);
  for (const cls of ['lower', 'upper', 'digit'] as const) {
    if (policy.required.includes(cls)) parts.push(`required: ${cls};`);
  }
  return parts.join(' ');
}
