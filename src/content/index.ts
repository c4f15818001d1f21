import { isContextValid } from '../shared/browser.ts';
import { mountHost } from './overlay/host.ts';

/**
 * Content-script entry on UDI's hosts. Foundation slice: every password field gets our host element
 * (closed shadow root); the form finder and the overlay fill it in.
 */
function start(): void {
  if (!isContextValid()) return;
  for (const field of document.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
    mountHost(field);
  }
}

start();
