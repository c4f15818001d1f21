import type { Message } from '../shared/message-key.ts';

/** For whom the applicant fills in the application. */
export const APPLICANTS = ['myself', 'child', 'family', 'employee', 'other'] as const;
export type Applicant = (typeof APPLICANTS)[number];

/** The electronic ID the applicant has (the one filling in the form, not the person applied for). */
export const EIDS = ['bankid', 'buypass', 'commfides', 'minid', 'none'] as const;
export type EId = (typeof EIDS)[number];

export const METHODS = ['idporten', 'email'] as const;
export type Method = (typeof METHODS)[number];

/**
 * How strongly UDI's FAQ words the advice: `must` where UDI states a rule (an employer must not use
 * ID-porten for an employee; ID-porten needs security level 4), `recommended` where UDI recommends.
 */
export const STRENGTHS = ['must', 'recommended'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Which of UDI's rules decided the advice; tests name it, so a changed rule shows up as a changed id. */
export type RuleId =
  | 'idporten-needs-level-4'
  | 'myself-idporten-recommended'
  | 'family-on-behalf-exception'
  | 'employer-must-not-use-idporten'
  | 'others-email-recommended';

export interface Advice {
  rule: RuleId;
  /** As strong as UDI's own word, no stronger. */
  strength: Strength;
  recommended: Method;
  /** The method not recommended, whether it is still allowed, and why (allowed or not). */
  other: { method: Method; allowed: boolean; why: Message };
  /** Why the recommended method. */
  reasons: Message[];
  /** What follows from the choice (who follows the case, who receives the answer…). */
  consequences: Message[];
  /** What goes wrong if ignored; always includes the separate-accounts warning. */
  warnings: Message[];
}
