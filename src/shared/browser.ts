/**
 * The only import of webextension-polyfill: one promise-based `browser` namespace for Chrome and Firefox,
 * for the popup. (The content script uses native.ts to stay within its size budget.)
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage } from 'webextension-polyfill';
