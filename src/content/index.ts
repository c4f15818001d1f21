import { isContextValid } from '../shared/native.ts';
import { type ClassifiedForm, findForms, passwordInputs } from './find-forms.ts';
import { mountLoginHint } from './mount-login-hint.ts';
import { mountPasswordCheck, type PasswordCheckMount } from './mount-password-check.ts';
import { DEFAULT_PREFERENCES, loadPreferences, type Preferences } from './preferences.ts';
import { watchPage } from './watch-page.ts';

/**
 * Content-script entry on UDI's hosts (every frame). Finds password fields now and whenever the page
 * changes, mounts the rule check under new-password fields and the login hint under login fields, and
 * unmounts when a field leaves the page, on pagehide, or when the extension context goes away.
 */
interface Mounted {
  controller: AbortController;
  check?: PasswordCheckMount;
}

const mounted = new Map<HTMLInputElement, Mounted>();
/** Fields already classified: a root whose password inputs are all known is not classified again. */
const classified = new WeakSet<HTMLInputElement>();
const page = new AbortController();
let preferences: Preferences | undefined;

function scan(roots: Iterable<Document | ShadowRoot>): void {
  if (!isContextValid()) {
    page.abort();
    return;
  }
  for (const [field, mount] of mounted) {
    if (!field.isConnected) {
      mount.controller.abort();
      mounted.delete(field);
    } else mount.check?.replace();
  }
  for (const root of roots) {
    // Most mutation batches add no password field: skip the word and structure analysis for them.
    if ([...passwordInputs(root)].every((field) => classified.has(field))) continue;
    for (const form of findForms(root)) {
      for (const { field } of form.fields) classified.add(field);
      mountForm(form);
    }
  }
}

function mountForm(form: ClassifiedForm): void {
  const prefs = preferences;
  if (!prefs) return;
  let check: PasswordCheckMount | undefined;
  for (const { field, role } of form.fields) {
    const existing = mounted.get(field);
    if (role === 'new') {
      // A field first seen as a login (a hint under it) can turn out to be new once its confirmation appears.
      if (existing && !existing.check) existing.controller.abort();
      check = existing?.check ?? mountNew(field, form);
    } else if (role === 'confirm') {
      check?.setConfirm(field);
    } else if (role === 'current' && form.kind === 'login' && !existing && prefs.loginHints) {
      const controller = new AbortController();
      mounted.set(field, { controller });
      mountLoginHint(field, prefs.notes, AbortSignal.any([controller.signal, page.signal]));
    }
  }
}

function mountNew(field: HTMLInputElement, form: ClassifiedForm): PasswordCheckMount {
  const controller = new AbortController();
  const check = mountPasswordCheck(field, {
    scope: form.scope,
    generatorLength: () => (preferences ?? DEFAULT_PREFERENCES).generatorLength,
    signal: AbortSignal.any([controller.signal, page.signal]),
  });
  mounted.set(field, { controller, check });
  return check;
}

async function start(): Promise<void> {
  if (!isContextValid()) return;
  addEventListener('pagehide', (event) => {
    if (!event.persisted) page.abort();
  });
  preferences = await loadPreferences(page.signal, (next) => {
    preferences = next;
  });
  watchPage(document, page.signal, scan);
}

start().catch(() => {
  // Never throw into the page; a failure here leaves the page exactly as it was.
  page.abort();
});
