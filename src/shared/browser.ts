import type Browser from 'webextension-polyfill';
import { nativeApi } from './native.ts';

/**
 * The promise-based `browser` namespace for the popup: the platform's own (`browser` in Firefox, `chrome` in
 * Chrome MV3, which returns promises for every call the popup makes), typed by @types/webextension-polyfill.
 * The polyfill itself is not bundled: its ≈3 KB gzip bought nothing in MV3. The popup is an extension page,
 * so the namespace is always there.
 */
const browser = nativeApi() as typeof Browser;

export default browser;
