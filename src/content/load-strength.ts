import { loadPart } from './load-part.ts';
import type { EstimateStrength } from './strength-api.ts';

/**
 * The strength estimator for this frame, asked of the background the first time (see strength-api.ts):
 * call it after the first keystroke in a new-password field, never on page load, and never make the rule
 * check wait for it. Resolves to undefined when it cannot be had (extension reloading, background
 * refused, injection failed): the check then simply goes without the strength note.
 */
export function loadStrength(): Promise<EstimateStrength | undefined> {
  return loadPart('strength');
}
