/**
 * The only import of webextension-polyfill: one promise-based `browser` namespace for Chrome and Firefox.
 * Everything else imports `browser` from here, so tests can see which modules touch the platform.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage } from 'webextension-polyfill';

/**
 * False once the extension was updated or removed while this content script lives on in an old page:
 * every API call would then throw "Extension context invalidated", so callers unmount instead.
 */
export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
