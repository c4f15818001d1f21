import type { MessageKey } from '../shared/message-key.ts';
import type { Applicant, EId, Method, RuleId } from './types.ts';

/**
 * UDI's login rules as data (from UDI's login FAQ). Read a row as: "for this applicant, with an e-ID that
 * ID-porten at UDI accepts (security level 4) / without one, recommend … and say …".
 */
export interface Row {
  rule: RuleId;
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

/** Without a level-4 e-ID, ID-porten is impossible; email + password is the only way (for everyone). */
const WITHOUT_LEVEL_4: Row = {
  rule: 'idporten-needs-level-4',
  recommended: 'email',
  otherAllowed: false,
  whyOther: 'advisor_other_needs_level_4',
  reasons: ['advisor_reason_needs_level_4', 'advisor_reason_email_for_everyone'],
  consequences: [KEEP_EMAIL],
  warnings: [],
};

const EMPLOYER: Row = {
  rule: 'employer-must-not-use-idporten',
  recommended: 'email',
  otherAllowed: false,
  whyOther: 'advisor_other_employer',
  reasons: ['advisor_reason_not_tied_to_person'],
  consequences: [KEEP_EMAIL],
  warnings: ['advisor_warning_employer'],
};

const OTHERS: Row = {
  rule: 'others-email-only',
  recommended: 'email',
  otherAllowed: false,
  whyOther: 'advisor_other_others',
  reasons: ['advisor_reason_others_email'],
  consequences: [KEEP_EMAIL],
  warnings: [],
};

/** Close family: UDI's exception to "use ID-porten if you can" is applying on behalf of someone else. */
const FAMILY: Row = {
  rule: 'family-on-behalf-exception',
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

/** The table: applicant × (has a level-4 e-ID) → row. */
export const TABLE: Record<Applicant, { level4: Row; below: Row }> = {
  myself: {
    level4: {
      rule: 'myself-idporten-recommended',
      recommended: 'idporten',
      otherAllowed: true,
      whyOther: 'advisor_other_email_possible',
      reasons: [
        'advisor_reason_extra_security',
        'advisor_reason_nothing_to_remember',
        'advisor_reason_all_services',
      ],
      consequences: ['advisor_consequence_idporten_every_time'],
      warnings: [],
    },
    below: WITHOUT_LEVEL_4,
  },
  child: { level4: FAMILY, below: WITHOUT_LEVEL_4 },
  family: { level4: FAMILY, below: WITHOUT_LEVEL_4 },
  // The employer rule and the "others" rule hold whatever e-ID the applicant has.
  employee: { level4: EMPLOYER, below: EMPLOYER },
  other: { level4: OTHERS, below: OTHERS },
};
