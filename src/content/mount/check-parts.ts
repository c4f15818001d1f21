import { hasRefused } from '../../policy/check-rules.ts';
import { contain } from '../contain.ts';
import { loadPart } from '../load-part.ts';
import type { EstimateStrength } from '../parts.ts';
import type { CheckEvent, CheckState } from './check-state.ts';
import { wantsStrength } from './check-state.ts';

/** How long typing must pause before the strength estimate. */
const ESTIMATE_PAUSE_MS = 250;

export interface CheckPartsOptions {
  signal: AbortSignal;
  state: () => CheckState;
  dispatch: (event: CheckEvent) => void;
  /** The applicant's own words on the form (email, names), for the estimate. */
  personal: () => string[];
}

/**
 * The parts of the content script the check asks for when it first needs them (parts.ts): the
 * explanations at the first refused character, the strength estimator at the first password UDI accepts
 * (never on page load). Neither holds up the verdict; an estimate runs once typing pauses, for the value
 * then. `after` is called after every event the check handles.
 */
export function checkParts({ signal, state, dispatch, personal }: CheckPartsOptions) {
  let explaining = false;
  let strengthAsked = false;
  let estimate: EstimateStrength | undefined;
  let estimating: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(estimating), { once: true });

  // An estimate costs milliseconds (tens for a long password), a keystroke at 1,000 a second one: wait.
  const estimateIfNeeded = () => {
    clearTimeout(estimating);
    if (!estimate || !wantsStrength(state())) return;
    estimating = setTimeout(() => {
      const current = state();
      if (signal.aborted || !estimate || !wantsStrength(current)) return;
      const value = current.value;
      const verdict = contain(() => estimate?.(value, personal()), undefined);
      if (verdict) dispatch({ type: 'strength', value, verdict });
    }, ESTIMATE_PAUSE_MS);
  };

  return {
    after() {
      if (!explaining && hasRefused(state().verdict)) {
        explaining = true;
        loadPart('explain').then((explain) => explain && dispatch({ type: 'explain', explain }));
      }
      // Asked the first time UDI's rules hold: only then is there anything to estimate, and the 0.8 MB
      // estimator never loads for an applicant still fixing a refused password.
      if (!strengthAsked && state().verdict.ok) {
        strengthAsked = true;
        loadPart('strength').then((loaded) => {
          estimate = loaded;
          estimateIfNeeded();
        });
      }
      estimateIfNeeded();
    },
  };
}
