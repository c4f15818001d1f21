import { isContextValid } from '../shared/native.ts';
import { type ClassifiedForm, findForms, passwordInputs } from './find-forms.ts';
import { loadMounts } from './load-mounts.ts';
import type { Mounts } from './mounts-api.ts';
import { watchPage } from './watch-page.ts';

/**
 * Content-script entry on UDI's hosts (every frame): the form finder. Finds password forms now and
 * whenever the page changes, and hands them to the mount code, which is injected the first time a frame
 * has a password form (mounts-api.ts explains the split).
 */

/** Fields already classified: a root whose password inputs are all known is not classified again. */
const classified = new WeakSet<HTMLInputElement>();
const page = new AbortController();
let mounts: Mounts | undefined;
/** Forms found while the mount code is on its way. */
let pending: ClassifiedForm[] | undefined;

function scan(roots: Iterable<Document | ShadowRoot>): void {
  if (!isContextValid()) {
    page.abort();
    return;
  }
  const forms: ClassifiedForm[] = [];
  for (const root of roots) {
    // Most mutation batches add no password field: skip the word and structure analysis for them.
    if ([...passwordInputs(root)].every((field) => classified.has(field))) continue;
    for (const form of findForms(root)) {
      for (const { field } of form.fields) classified.add(field);
      forms.push(form);
    }
  }
  if (mounts) forget(mounts.update(forms));
  else if (pending) pending.push(...forms);
  else if (forms.length) {
    pending = forms;
    loadMounts(page.signal).then((loaded) => {
      mounts = loaded;
      if (mounts) forget(mounts.update(pending ?? []));
      pending = undefined;
    });
  }
}

/** Fields that left the page: if the page puts one back (a wizard step, a dialog), it is classified anew. */
function forget(fields: readonly HTMLInputElement[]): void {
  for (const field of fields) classified.delete(field);
}

function start(): void {
  if (!isContextValid()) return;
  addEventListener('pagehide', (event) => {
    if (!event.persisted) page.abort();
  });
  watchPage(document, page.signal, scan);
}

try {
  start();
} catch {
  // Never throw into the page; a failure here leaves the page exactly as it was.
  page.abort();
}
