import { type Policy, SAFE_MAX_LENGTH, UDI_POLICY } from './udi-policy.ts';

/**
 * The policy in Apple's Password Rules language, for the `passwordrules` attribute that Safari and
 * password managers read when they generate a password. Required classes are implicitly the only allowed
 * ones, so there is no `allowed:` clause (one would only ever add characters).
 */
export function toPasswordRules(policy: Policy): string {
  const parts = [`minlength: ${policy.minLength};`];
  if (policy.maxLength !== undefined) parts.push(`maxlength: ${policy.maxLength};`);
  parts.push('required: lower;', 'required: upper;', 'required: digit;');
  return parts.join(' ');
}

/**
 * What the extension writes into `passwordrules` on UDI's new-password fields (and proposes to Apple's
 * password-manager-resources list): UDI's rules, capped at SAFE_MAX_LENGTH so that a manager's generator
 * also fits pages whose own limit is B2C's 16.
 */
export const UDI_PASSWORD_RULES = toPasswordRules({ ...UDI_POLICY, maxLength: SAFE_MAX_LENGTH });
