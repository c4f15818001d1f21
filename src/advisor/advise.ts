import type { Message, MessageKey } from '../shared/message-key.ts';
import { ALWAYS_WARN, EID_LEVEL, EID_WARNING, TABLE, UDI_REQUIRED_LEVEL } from './rules.ts';
import type { Advice, Applicant, EId } from './types.ts';

const message = (key: MessageKey): Message => ({ key });

/** How to log in at UDI, for whom the application is, with which e-ID. Pure: message keys, no text. */
export function advise(applicant: Applicant, eid: EId): Advice {
  const hasLevel4 = EID_LEVEL[eid] >= UDI_REQUIRED_LEVEL;
  const row = hasLevel4 ? TABLE[applicant].level4 : TABLE[applicant].below;
  const eidWarning = hasLevel4 ? undefined : EID_WARNING[eid];
  return {
    rule: row.rule,
    strength: row.strength,
    recommended: row.recommended,
    other: {
      method: row.recommended === 'idporten' ? 'email' : 'idporten',
      allowed: row.otherAllowed,
      why: message(row.whyOther),
    },
    reasons: row.reasons.map(message),
    consequences: row.consequences.map(message),
    warnings: [...row.warnings, ...(eidWarning ? [eidWarning] : []), ...ALWAYS_WARN].map(message),
  };
}
