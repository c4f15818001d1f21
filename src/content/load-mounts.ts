import { nativeApi } from '../shared/native.ts';
import { INJECT_MOUNTS, type Mounts, registeredMounts } from './mounts-api.ts';

let loading: Promise<Mounts | undefined> | undefined;

/**
 * The mount code for this frame, asked of the background the first time it is needed (see mounts-api.ts).
 * Resolves to undefined when it cannot be had (extension reloading, background refused): the page then
 * simply goes without the overlay, as it would without the extension.
 */
export function loadMounts(signal: AbortSignal): Promise<Mounts | undefined> {
  loading ??= (async () => {
    if (!registeredMounts()) await nativeApi()?.runtime.sendMessage(INJECT_MOUNTS);
    return signal.aborted ? undefined : registeredMounts()?.(signal);
  })().catch(() => undefined);
  return loading;
}
