import { nativeApi } from '../shared/native.ts';
import { injectRequest, type PartExports, type PartName, registeredPart } from './parts.ts';

const loading = new Map<PartName, Promise<unknown>>();

/**
 * A part of the content script (parts.ts), asked of the background the first time this frame needs it.
 * Resolves to undefined when it cannot be had (extension reloading, background refused): the page then
 * goes without what that part does, as it would without the extension.
 */
export function loadPart<P extends PartName>(part: P): Promise<PartExports[P] | undefined> {
  let loaded = loading.get(part);
  if (!loaded) {
    loaded = (async () => {
      if (!registeredPart(part)) await nativeApi()?.runtime.sendMessage(injectRequest(part));
      return registeredPart(part);
    })().catch(() => undefined);
    loading.set(part, loaded);
  }
  return loaded as Promise<PartExports[P] | undefined>;
}
