import { h, render } from 'preact';
import { writeHintContract } from './contract.ts';
import { createHost, placeHost } from './overlay/host.ts';
import { LoginHint } from './overlay/password-check.tsx';
import { OVERLAY_CSS } from './overlay/styles.ts';

/** Dismissed once, the hint stays away for the rest of this page's life (every login field on it). */
let dismissedOnThisPage = false;

/** The small "log in the same way you created it" hint under a login form's password field. */
export function mountLoginHint(field: HTMLInputElement, notes: readonly string[], signal: AbortSignal): void {
  if (dismissedOnThisPage) return;
  const host = createHost('login-hint', OVERLAY_CSS);
  writeHintContract(host, notes);
  const close = () => {
    dismissedOnThisPage = true;
    render(null, host.container);
    host.element.remove();
    field.focus();
  };
  render(h(LoginHint, { notes, onDismiss: close }), host.container);
  host.element.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape') close();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    render(null, host.container);
    host.element.remove();
  });
  placeHost(host, field);
}
