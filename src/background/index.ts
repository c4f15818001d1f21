import browser, { type Runtime } from 'webextension-polyfill';
import { injectPart } from './inject-part.ts';

// The background does one thing: inject a part of the content script on request (inject-part.ts).
// It holds no state, so the browser may stop and restart it at will.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  injectPart(message, sender, browser.runtime.id, (injection) => browser.scripting.executeScript(injection)),
);
