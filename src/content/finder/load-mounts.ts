import { loadPart } from './load-part.ts';
import type { Mounts } from './parts.ts';

let mounts: Promise<Mounts | undefined> | undefined;

/** The mount code for this frame, created once (parts.ts); undefined for a page that is already gone. */
export function loadMounts(signal: AbortSignal): Promise<Mounts | undefined> {
  mounts ??= loadPart('mounts').then((create) => (signal.aborted ? undefined : create?.(signal)));
  return mounts;
}
