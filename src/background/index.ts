import browser, { type Runtime } from 'webextension-polyfill';
import { injectMounts } from './inject-mounts.ts';

// The background does one thing: inject the content script's mount code on request (inject-mounts.ts).
// It holds no state, so the browser may stop and restart it at will.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  injectMounts(message, sender, browser.runtime.id, (injection) =>
    browser.scripting.executeScript(injection),
  ),
);
