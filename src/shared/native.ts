import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

/**
 * The platform's own promise-based namespace: `browser` in Firefox, `chrome` in Chrome MV3 (which returns
 * promises for every call used here). The content script and i18n use it instead of the polyfill in
 * browser.ts, because the polyfill's 2.7 KB gzip buys them nothing and the content script has a 12 KB budget.
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
