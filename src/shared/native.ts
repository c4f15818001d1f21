import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

/**
 * The platform's own promise-based namespace: `browser` in Firefox, `chrome` in Chrome MV3 (which returns
 * promises for every call used here), typed with @types/webextension-polyfill. Everything uses it instead of
 * the polyfill, whose ≈3 KB gzip buys nothing in MV3 (budgets in scripts/check-size.mjs).
 * Read on each call so tests can install a fake on globalThis.
 */
export function nativeApi(): Api | undefined {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return scope.browser?.runtime ? scope.browser : scope.chrome?.runtime ? scope.chrome : undefined;
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
