import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

/**
 * The platform's own promise-based namespace: `browser` in Firefox, `chrome` in Chrome MV3 (which returns
 * promises for every call used here), typed with @types/webextension-polyfill. The content script, popup
 * and storage use it instead of the polyfill, whose ≈3 KB gzip buys nothing in MV3 (the background alone
 * bundles it). Chosen at build time, never by looking: in a Chrome content script `globalThis.browser` is
 * undefined, so page markup such as `<iframe name="browser">` would show through as that global.
 * Read on each call so tests can install a fake on globalThis.
 */
export function nativeApi(): Api | undefined {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = __FIREFOX__ ? scope.browser : scope.chrome;
  return api?.runtime ? api : undefined;
}

/**
 * False once the extension was updated or removed while this content script lives on in an old page:
 * every API call would then throw "Extension context invalidated", so callers unmount instead.
 */
export function isContextValid(): boolean {
  try {
    return Boolean(nativeApi()?.runtime?.id);
  } catch {
    return false;
  }
}
