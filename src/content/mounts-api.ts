import type { ClassifiedForm } from './find-forms.ts';

/**
 * The content script is split in two so that UDI's many pages without a password field load only the
 * small form finder (index.ts). The mount code (mounts.ts: the rule check, the login hint, the policy
 * engine and their UI) is injected into a frame by the background (src/background) only when the finder
 * has found a password form there. Both run in the extension's isolated world, so they meet through a
 * global the page cannot see (Chrome's isolated world; Firefox's Xray expando).
 */

/** Where the build writes the mount code (vite.config.ts) and where the background injects it from. */
export const MOUNTS_FILE = 'src/content/mounts.js';

/** The one message the content script sends: carries nothing but its type. */
export const INJECT_MOUNTS = { type: 'inject-mounts' } as const;

export interface Mounts {
  /**
   * Called after every scan of the page: forms found since the last call (often none). Returns the fields
   * whose mounts it dropped because they left the page, so the finder looks at them again if they return.
   */
  update(forms: readonly ClassifiedForm[]): HTMLInputElement[];
}

/** What mounts.ts registers: creates the mounts for this frame, torn down when `signal` aborts. */
export type CreateMounts = (signal: AbortSignal) => Mounts;

const KEY = '__udiLoginHelperMounts';
type Scope = { [KEY]?: CreateMounts };

export function registerMounts(create: CreateMounts): void {
  (globalThis as Scope)[KEY] = create;
}

export function registeredMounts(): CreateMounts | undefined {
  const create = (globalThis as Scope)[KEY];
  return typeof create === 'function' ? create : undefined;
}
