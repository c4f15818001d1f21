import { h, render } from 'preact';
import { tm } from '../../shared/i18n.ts';
import type { CheckState } from './check-state.ts';
import type { CheckView } from './check-view.ts';
import { writeContract } from './contract.ts';
import { type Host, localizeHost } from './overlay/host.ts';
import { ConfirmCheck, PasswordCheck } from './overlay/password-check.tsx';

export interface CheckActions {
  onToggleCharacters: () => void;
  onGenerate: () => void;
  onDismiss: () => void;
}

/** Renders the check and the mismatch flag into their hosts (their closed shadow roots). */
export function renderCheck(
  host: Host,
  confirmHost: Host,
  state: CheckState,
  derived: CheckView,
  actions: CheckActions,
): void {
  writeContract(host, confirmHost, derived, {
    obscured: state.obscured,
    explained: state.explain !== undefined,
  });
  localizeHost(host);
  localizeHost(confirmHost);
  host.element.hidden = derived.hidden;
  render(
    h(PasswordCheck, {
      verdict: state.verdict,
      view: derived,
      submit: state.submit,
      generated: state.arrival === 'generated',
      showCharacters: state.showCharacters,
      status: state.status ? tm(state.status) : '',
      ...actions,
    }),
    host.container,
  );
  confirmHost.element.hidden = derived.confirmHidden;
  render(h(ConfirmCheck, { mismatch: derived.showMismatch }), confirmHost.container);
}
