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
  type Strength,
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

/**
 * Each rule, the sentence of UDI's login FAQ it rests on, and the strength that sentence has. "Paraphrased"
 * marks UDI's advice as the project was given it, where the exact sentence is not in our copy of the FAQ.
 */
const RULES: Record<RuleId, { faq: string; strength: Strength }> = {
  'idporten-needs-level-4': {
    faq: '"Only people with BankID, Commfides or Buypass (Norwegian electronic ID) can log in to My page using ID-porten. This is because UDI requires a higher security level (level 4)"',
    strength: 'must',
  },
  'employer-must-not-use-idporten': {
    faq: 'paraphrased: "an employer who applies for an employee must use username and password"',
    strength: 'must',
  },
  'myself-idporten-recommended': {
    faq: '"We therefore recommend that everyone who can make use of logging in with ID-porten does this."',
    strength: 'recommended',
  },
  'family-on-behalf-exception': {
    faq: '"The exception may be if you are going to apply on behalf of another person." + paraphrased: "for your own child or close family ID-porten can be convenient"',
    strength: 'recommended',
  },
  'others-email-recommended': {
    faq: 'paraphrased: "for anyone else you apply for, we recommend username and password"',
    strength: 'recommended',
  },
};

/** Every combination (5 × 5), with the advice UDI's login FAQ gives and the rule it follows. */
const CASES: Case[] = [
  ...LEVEL_4.map(
    (eid): Case => ({
      applicant: 'myself',
      eid,
      recommended: 'idporten',
      otherAllowed: true,
      rule: 'myself-idporten-recommended',
      because: 'for yourself with a level-4 e-ID UDI recommends ID-porten; email and password stays open',
    }),
  ),
  ...(['myself', 'child', 'family', 'other'] as const).flatMap((applicant) =>
    BELOW.map(
      (eid): Case => ({
        applicant,
        eid,
        recommended: 'email',
        otherAllowed: false,
        rule: 'idporten-needs-level-4',
        because: LEVEL_4_NEEDED,
      }),
    ),
  ),
  ...(['child', 'family'] as const).flatMap((applicant) =>
    LEVEL_4.map(
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
  ),
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
  ...LEVEL_4.map(
    (eid): Case => ({
      applicant: 'other',
      eid,
      recommended: 'email',
      otherAllowed: true,
      rule: 'others-email-recommended',
      because: 'for anyone else UDI recommends email and password; ID-porten is not forbidden',
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
    expect(advice.strength).toBe(RULES[c.rule].strength);
    expect(advice.recommended).toBe(c.recommended);
    expect(advice.other.method).toBe(c.recommended === 'idporten' ? 'email' : 'idporten');
    expect(advice.other.allowed).toBe(c.otherAllowed);
    expect(advice.reasons.length).toBeGreaterThan(0);
    expect(advice.consequences.length).toBeGreaterThan(0);
  });
});

describe('advise: each rule is as strong as UDI words it, no stronger', () => {
  const rules = (Object.keys(RULES) as RuleId[]).map((rule) => [rule, RULES[rule].strength, RULES[rule].faq]);

  it.each(rules)('%s is "%s", resting on the FAQ’s %s', (rule, strength) => {
    const cases = CASES.filter((c) => c.rule === rule);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(advise(c.applicant, c.eid).strength).toBe(strength);
  });

  it('says "must" only for the employer and for the security-level-4 fact', () => {
    const musts = new Set(CASES.map((c) => advise(c.applicant, c.eid)).filter((a) => a.strength === 'must'));
    expect(new Set([...musts].map((a) => a.rule))).toEqual(
      new Set(['employer-must-not-use-idporten', 'idporten-needs-level-4']),
    );
  });

  it('uses no "must" in a recommendation, except where UDI itself says what then follows', () => {
    const text = (key: string) => (en as Record<string, { message: string }>)[key]?.message ?? '';
    // FAQ (paraphrased): with your own ID-porten for a child or family member, "you must follow the case
    // to the end". That "must" is UDI's, about what the choice entails, not a stronger recommendation.
    const udiOwnMust = 'advisor_consequence_follow_until_decided';
    expect(text(udiOwnMust)).toMatch(/\bmust\b/);
    for (const c of CASES) {
      const advice = advise(c.applicant, c.eid);
      if (advice.strength !== 'recommended') continue;
      const keys = [advice.other.why, ...advice.reasons, ...advice.consequences, ...advice.warnings].filter(
        ({ key }) => key !== udiOwnMust,
      );
      for (const { key } of keys)
        expect(text(key), `${c.applicant}/${c.eid}: ${key}`).not.toMatch(/\bmust\b/i);
    }
  });

  it('forbids ID-porten only where UDI does: for an employer, or without a level-4 e-ID', () => {
    for (const c of CASES) {
      const forbidden = c.applicant === 'employee' || BELOW.includes(c.eid);
      expect(advise(c.applicant, c.eid).other.allowed, `${c.applicant}/${c.eid}`).toBe(!forbidden);
    }
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

  it('for yourself with a level-4 e-ID gives the FAQ’s reasons, and what only ID-porten shows on My page', () => {
    // FAQ: "Services that are only available if you log in with ID-porten: You can see the contact
    // information we have registered on you; … information about your residency in Norway and whether you
    // have the right to work; … download a PDF with a confirmation that you have legal residency …"
    expect(keysOf(advise('myself', 'bankid').reasons)).toEqual([
      'advisor_reason_extra_security',
      'advisor_reason_nothing_to_remember',
      'advisor_reason_all_services',
      'advisor_reason_mypage_only',
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
