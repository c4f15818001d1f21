export { classifyCharacter } from './characters.ts';
export { type CheckOptions, checkPassword } from './check.ts';
export {
  entropyBits,
  GENERATOR_LENGTH,
  type GenerateOptions,
  generatePassword,
  generatorAlphabet,
  generatorBits,
} from './generate.ts';
export { groupRefused, type RefusedGroup } from './group-refused.ts';
export { toPasswordRules } from './password-rules.ts';
export { PolicySchema } from './policy-schema.ts';
export type { Classified, Refused, RefusedKind, RuleId, RuleResult, Verdict } from './types.ts';
export { type CharacterClass, isPolicy, type Policy, UDI_POLICY } from './udi-policy.ts';
