import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import {
  APPLICANTS,
  type Applicant,
  advise,
  EIDS,
  type EId,
  type Method,
  type RuleId,
} from '../../src/advisor/index.ts';

interface Case {
  applicant: Applicant;
  eid: EId;
  recommended: Method;
  otherAllowed: boolean;
  rule: RuleId;
  /** The UDI rule in words, so a failing case says which rule it broke. */
  because: string;
}

const LEVEL_4: EId[] = ['bankid', 'buypass', 'commfides'];
const BELOW: EId[] = ['minid', 'none'];

const LEVEL_4_NEEDED =
  'ID-porten at UDI needs level 4 (BankID, Buypass, Commfides); MinID or no e-ID → email only';

/** Every combination (5 × 5), with the advice UDI's login FAQ gives and the rule it follows. */
const CASES: Case[] = [
  ...LEVEL_4.map(
    (eid): Case => ({
      applicant: 'myself',
      eid,
      recommended: 'idporten',
      otherAllowed: true,
      rule: 'myself-idporten-recommended',
      because: 'for yourself with a level-4 e-ID ID-porten is recommended, never mandatory',
    }),
  ),
  ...BELOW.map(
    (eid): Case => ({
      applicant: 'myself',
      eid,
      recommended: 'email',
      otherAllowed: false,
      rule: 'idporten-needs-level-4',
      because: LEVEL_4_NEEDED,
    }),
  ),
  ...(['child', 'family'] as const).flatMap((applicant) => [
    ...LEVEL_4.map(
      (eid): Case => ({
        applicant,
        eid,
        recommended: 'email',
        otherAllowed: true,
        rule: 'family-on-behalf-exception',
        because:
          'on behalf of close family ID-porten is allowed, with follow-up, appointment and answer on you',
      }),
    ),
    ...BELOW.map(
      (eid): Case => ({
        applicant,
        eid,
        recommended: 'email',
        otherAllowed: false,
        rule: 'idporten-needs-level-4',
        because: LEVEL_4_NEEDED,
      }),
    ),
  ]),
  ...EIDS.map(
    (eid): Case => ({
      applicant: 'employee',
      eid,
      recommended: 'email',
      otherAllowed: false,
      rule: 'employer-must-not-use-idporten',
      because: 'an employer must not use ID-porten for an employee, whatever e-ID they have',
    }),
  ),
  ...EIDS.map(
    (eid): Case => ({
      applicant: 'other',
      eid,
      recommended: 'email',
      otherAllowed: false,
      rule: 'others-email-only',
      because: 'ID-porten only for yourself or close family; lawyers, helpers, friends use email',
    }),
  ),
];

const keysOf = (messages: { key: string }[]) => messages.map((m) => m.key);

describe('advise: every applicant × e-ID', () => {
  it('covers all 25 combinations exactly once', () => {
    const seen = new Set(CASES.map((c) => `${c.applicant}/${c.eid}`));
    expect(seen.size).toBe(25);
    expect(CASES).toHaveLength(APPLICANTS.length * EIDS.length);
  });

  it.each(CASES)('$applicant with $eid → $recommended (other allowed: $otherAllowed): $because', (c) => {
    const advice = advise(c.applicant, c.eid);
    expect(advice.rule).toBe(c.rule);
    expect(advice.recommended).toBe(c.recommended);
    expect(advice.other.method).toBe(c.recommended === 'idporten' ? 'email' : 'idporten');
    expect(advice.other.allowed).toBe(c.otherAllowed);
    expect(advice.reasons.length).toBeGreaterThan(0);
    expect(advice.consequences.length).toBeGreaterThan(0);
  });
});

describe('advise: what every piece of advice says', () => {
  const all = CASES.map((c) => advise(c.applicant, c.eid));

  it('always warns that ID-porten and email are separate accounts and to log in the same way', () => {
    for (const advice of all) {
      expect(keysOf(advice.warnings)).toEqual(
        expect.arrayContaining(['advisor_warning_separate_accounts', 'advisor_warning_same_way']),
      );
    }
  });

  it('never recommends ID-porten without a level-4 e-ID, and says why MinID is not enough', () => {
    for (const applicant of APPLICANTS) {
      for (const eid of BELOW) {
        const advice = advise(applicant, eid);
        expect(advice.recommended).toBe('email');
        expect(advice.other.allowed).toBe(false);
      }
      expect(keysOf(advise(applicant, 'minid').warnings)).toContain('advisor_warning_minid');
      expect(keysOf(advise(applicant, 'none').warnings)).toContain('advisor_warning_no_eid');
    }
  });

  it('never makes ID-porten mandatory: email + password is always either recommended or allowed', () => {
    for (const advice of all) {
      expect(advice.recommended === 'email' || advice.other.allowed).toBe(true);
    }
  });

  it('for yourself with a level-4 e-ID gives the three reasons for ID-porten', () => {
    expect(keysOf(advise('myself', 'bankid').reasons)).toEqual([
      'advisor_reason_extra_security',
      'advisor_reason_nothing_to_remember',
      'advisor_reason_all_services',
    ]);
  });

  it.each(['child', 'family'] as const)(
    'for %s with ID-porten, states follow-up, appointment and answer',
    (who) => {
      expect(keysOf(advise(who, 'commfides').consequences)).toEqual([
        'advisor_consequence_follow_until_decided',
        'advisor_consequence_book_appointment',
        'advisor_consequence_you_receive_answer',
      ]);
    },
  );

  it('warns an employer not to use their own ID-porten, even with BankID', () => {
    expect(keysOf(advise('employee', 'bankid').warnings)).toContain('advisor_warning_employer');
  });

  it('returns only message keys that exist in en/messages.json', () => {
    for (const advice of all) {
      const keys = [advice.other.why, ...advice.reasons, ...advice.consequences, ...advice.warnings].map(
        (m) => m.key,
      );
      for (const key of keys) expect(Object.keys(en)).toContain(key);
    }
  });

  it('is pure: the same inputs give equal, independent results', () => {
    const a = advise('myself', 'bankid');
    a.warnings.pop();
    expect(advise('myself', 'bankid').warnings).toHaveLength(2);
  });
});
