import {
  type EstimateStrength,
  type InjectRequest,
  injectRequest,
  PARTS,
  registeredPart,
  registerPart,
} from './parts.ts';

/**
 * The strength estimator as a part of the content script (parts.ts): zxcvbn-ts and its word lists, too big
 * for the mount code and not needed until the applicant types. The mount code asks for it after the first
 * keystroke in a new-password field (load-strength.ts), and the background injects it into that document
 * only, with the same checks as every part (src/background/inject-part.ts). The popup's checker loads the
 * same file as a script and finds it in the same registry (src/popup/use-part.ts). These names are the
 * strength part's own view of parts.ts.
 */
export type { EstimateStrength };

/** Where the build writes the estimator (vite.config.ts) and where the background injects it from. */
export const STRENGTH_FILE = PARTS.strength;

/** The mount code's request for it: which part, nothing else (never the password). */
export const INJECT_STRENGTH: InjectRequest = injectRequest('strength');

export function registerStrength(estimate: EstimateStrength): void {
  registerPart('strength', estimate);
}

export function registeredStrength(): EstimateStrength | undefined {
  return registeredPart('strength');
}
