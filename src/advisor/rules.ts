import type { MessageKey } from '../shared/message-key.ts';
import type { Applicant, EId, Method, RuleId, Strength } from './types.ts';

/**
 * UDI's login rules as data (from UDI's login FAQ). Read a row as: "for this applicant, with an e-ID that
 * ID-porten at UDI accepts (security level 4) / without one, UDI requires or recommends … and we say …".
 * Each row quotes the FAQ sentence it rests on; `strength` is never stronger than that sentence.
 * FAQ pages: https://www.udi.no/en/word-definitions/log-in/ and My page's "Logging in"
 * (https://www.udi.no/min-side/innlogging/ in Norwegian). Sentences marked "paraphrased" are UDI's advice
 * as the project was given it; their exact wording is not in the copy of the FAQ we could read.
 */
export interface Row {
  rule: RuleId;
  strength: Strength;
  recommended: Method;
  otherAllowed: boolean;
  whyOther: MessageKey;
  reasons: MessageKey[];
  consequences: MessageKey[];
  warnings: MessageKey[];
}

/** Security level of each e-ID in ID-porten. UDI lets only level 4 ("high") log in with ID-porten. */
export const EID_LEVEL: Record<EId, 0 | 3 | 4> = {
  bankid: 4,
  buypass: 4,
  commfides: 4,
  minid: 3,
  none: 0,
};

export const UDI_REQUIRED_LEVEL = 4;

/** Said in every piece of advice: the cause of most "lost" applications. */
export const ALWAYS_WARN: MessageKey[] = ['advisor_warning_separate_accounts', 'advisor_warning_same_way'];

/** Why ID-porten is out of reach, by e-ID (only for e-IDs below level 4). */
export const EID_WARNING: Partial<Record<EId, MessageKey>> = {
  minid: 'advisor_warning_minid',
  none: 'advisor_warning_no_eid',
};

const KEEP_EMAIL: MessageKey = 'advisor_consequence_keep_email';

/**
 * FAQ: "Only people with BankID, Commfides or Buypass (Norwegian electronic ID) can log in to My page using
 * ID-porten. This is because UDI requires a higher security level (level 4) for logging in with ID-porten
 * than what MinID has (level 3)." Without a level-4 e-ID, email + password is the only way: a must.
 */
const WITHOUT_LEVEL_4: Row = {
  rule: 'idporten-needs-level-4',
  strength: 'must',
  recommended: 'email',
  otherAllowed: false,
  whyOther: 'advisor_other_needs_level_4',
  reasons: ['advisor_reason_needs_level_4', 'advisor_reason_email_for_everyone'],
  consequences: [KEEP_EMAIL],
  warnings: [],
};

/**
 * FAQ (paraphrased): "An employer who applies for an employee must use username and password, not
 * ID-porten." The one rule about whom you apply for that UDI words as a must.
 */
const EMPLOYER: Row = {
  rule: 'employer-must-not-use-idporten',
  strength: 'must',
  recommended: 'email',
  otherAllowed: false,
  whyOther: 'advisor_other_employer',
  reasons: ['advisor_reason_not_tied_to_person'],
  consequences: [KEEP_EMAIL],
  warnings: ['advisor_warning_employer'],
};

/**
 * FAQ: "We therefore recommend that everyone who can make use of logging in with ID-porten does this. The
 * exception may be if you are going to apply on behalf of another person." And (paraphrased): "For anyone
 * else you apply for, we recommend username and password." A recommendation: ID-porten is not forbidden.
 */
const OTHERS: Row = {
  rule: 'others-email-recommended',
  strength: 'recommended',
  recommended: 'email',
  otherAllowed: true,
  whyOther: 'advisor_other_others',
  reasons: ['advisor_reason_others_email'],
  consequences: [KEEP_EMAIL],
  warnings: [],
};

/**
 * FAQ: "The exception may be if you are going to apply on behalf of another person." And (paraphrased):
 * "For your own child or close family ID-porten can be convenient, but then you must follow the case to the
 * end: book the appointment with the police or SUA, and receive the answer." Email recommended, ID-porten
 * allowed, its consequences spelled out.
 */
const FAMILY: Row = {
  rule: 'family-on-behalf-exception',
  strength: 'recommended',
  recommended: 'email',
  otherAllowed: true,
  whyOther: 'advisor_other_family',
  reasons: ['advisor_reason_on_behalf'],
  consequences: [
    'advisor_consequence_follow_until_decided',
    'advisor_consequence_book_appointment',
    'advisor_consequence_you_receive_answer',
  ],
  warnings: [],
};

/**
 * FAQ: "We therefore recommend that everyone who can make use of logging in with ID-porten does this." And
 * "You must log in using either ID-porten or e-mail and password": email stays open. The reasons follow the
 * FAQ's list of advantages and of "Services that are only available if you log in with ID-porten".
 */
const MYSELF: Row = {
  rule: 'myself-idporten-recommended',
  strength: 'recommended',
  recommended: 'idporten',
  otherAllowed: true,
  whyOther: 'advisor_other_email_possible',
  reasons: [
    'advisor_reason_extra_security',
    'advisor_reason_nothing_to_remember',
    'advisor_reason_all_services',
    'advisor_reason_mypage_only',
  ],
  consequences: ['advisor_consequence_idporten_every_time'],
  warnings: [],
};

/** The table: applicant × (has a level-4 e-ID) → row. */
export const TABLE: Record<Applicant, { level4: Row; below: Row }> = {
  myself: { level4: MYSELF, below: WITHOUT_LEVEL_4 },
  child: { level4: FAMILY, below: WITHOUT_LEVEL_4 },
  family: { level4: FAMILY, below: WITHOUT_LEVEL_4 },
  other: { level4: OTHERS, below: WITHOUT_LEVEL_4 },
  // The employer rule holds whatever e-ID the employer has.
  employee: { level4: EMPLOYER, below: EMPLOYER },
};
