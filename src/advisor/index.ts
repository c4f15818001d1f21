export { advise } from './advise.ts';
export { EID_LEVEL, UDI_REQUIRED_LEVEL } from './rules.ts';
export type { Advice, Applicant, EId, Method, RuleId, Strength } from './types.ts';
export { APPLICANTS, EIDS, METHODS, STRENGTHS } from './types.ts';
