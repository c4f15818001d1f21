import type { CheckView } from './check-view.ts';
import type { Host } from './overlay/host.ts';

/**
 * The test contract (README, "Test contract"): the check's state as attributes on its hosts, written in
 * the test build only. The shipped build writes nothing that changes with what is typed onto the page: a
 * session-replay script records attribute mutations with timestamps and would learn when the password
 * became acceptable, when a refused character was typed, or whether a manager filled it.
 */
export function writeContract(
  host: Host,
  confirmHost: Host,
  derived: CheckView,
  { obscured, explained }: { obscured: boolean; explained: boolean },
): void {
  if (!__TEST__) return;
  const data = host.element.dataset;
  data.verdict = derived.verdict;
  data.mismatch = String(derived.mismatch);
  if (derived.alert) data.alert = derived.alert;
  else delete data.alert;
  if (obscured) data.guard = 'obscured';
  else delete data.guard;
  if (explained) data.explained = 'true';
  if (derived.strength) data.strength = derived.strength.weak ? 'weak' : 'strong';
  else delete data.strength;
  confirmHost.element.dataset.mismatch = String(derived.mismatch);
}

/** How many memo notes the login hint shows (test build only). */
export function writeHintContract(host: Host, notes: readonly string[]): void {
  if (__TEST__) host.element.dataset.notes = String(notes.length);
}
