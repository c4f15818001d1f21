import type { Explain } from '../policy/check-rules.ts';
import type { StrengthVerdict } from '../strength/estimate.ts';
import type { ClassifiedForm } from './finder/find-forms.ts';

/**
 * The content script comes in parts, so that UDI's many pages without a password field load only the
 * small form finder (index.ts). The background injects each other part into a frame when that frame asks
 * for it, and only then: the mount code (mounts.ts: the rule check, the login hint and their UI) once the
 * finder has found a password form, and the explanation engine (explain.ts: which characters UDI refuses
 * and why) once a refused character is typed, and the strength estimator (strength-entry.ts: how easy a
 * password UDI accepts is to guess, ≈ 0.8 MB of word lists) at the first password UDI accepts. All parts
 * run in the extension's isolated world and meet through a global the page cannot see (Chrome's isolated
 * world; Firefox's Xray expando).
 */
export const PARTS = {
  mounts: 'src/content/mounts.js',
  explain: 'src/content/explain.js',
  strength: 'src/content/strength.js',
} as const;

export type PartName = keyof typeof PARTS;

/** The one kind of message the content script sends: which part to inject, nothing else. */
export interface InjectRequest {
  type: 'inject';
  part: PartName;
}

export const injectRequest = (part: PartName): InjectRequest => ({ type: 'inject', part });

export const isPartName = (value: unknown): value is PartName =>
  typeof value === 'string' && Object.hasOwn(PARTS, value);

export interface Mounts {
  /** Called after every scan of the page: the forms found since the last call (often none). */
  update(forms: readonly ClassifiedForm[]): void;
}

/**
 * What mounts.ts registers: the mounts for this frame, ready once the applicant's preferences are read,
 * torn down when `signal` aborts.
 */
export type CreateMounts = (signal: AbortSignal) => Promise<Mounts>;

/**
 * What the strength part registers: the verdict on a password UDI accepts, computed in the call and
 * returned; nothing is kept, sent or stored. `userInputs`: what the page knows about the applicant, such
 * as the email address typed in the same form (its name part counts).
 */
export type EstimateStrength = (password: string, userInputs?: readonly string[]) => StrengthVerdict;

/** What each part registers when it is injected. */
export interface PartExports {
  mounts: CreateMounts;
  explain: Explain;
  strength: EstimateStrength;
}

const KEY = '__udiLoginHelperParts';
type Scope = { [KEY]?: Partial<PartExports> };

export function registerPart<P extends PartName>(part: P, value: PartExports[P]): void {
  const scope = globalThis as Scope;
  scope[KEY] ??= {};
  scope[KEY][part] = value;
}

export function registeredPart<P extends PartName>(part: P): PartExports[P] | undefined {
  const value = (globalThis as Scope)[KEY]?.[part];
  return typeof value === 'function' ? value : undefined;
}
