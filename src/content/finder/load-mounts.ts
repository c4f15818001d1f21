import { report } from '../contain.ts';
import { loadPart } from '../load-part.ts';
import type { Mounts } from '../parts.ts';

let mounts: Promise<Mounts | undefined> | undefined;

/**
 * The mount code for this frame, created once (parts.ts) and ready to mount (the applicant's preferences
 * read); undefined for a page that is already gone, or when the mount code fails to start.
 */
export function loadMounts(signal: AbortSignal): Promise<Mounts | undefined> {
  mounts ??= loadPart('mounts')
    .then((create) => (signal.aborted ? undefined : create?.(signal)))
    .catch((error: unknown) => {
      report(error);
      return undefined;
    });
  return mounts;
}
