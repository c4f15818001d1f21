import { isContextValid } from '../shared/native.ts';
import { contain, report } from './contain.ts';
import { type ClassifiedForm, findForms, passwordInputs } from './finder/find-forms.ts';
import { loadMounts } from './finder/load-mounts.ts';
import { watchPage } from './finder/watch-page.ts';
import { watchShown } from './finder/watch-shown.ts';
import type { Mounts } from './parts.ts';
import { listen, readyStateOf } from './safe-dom.ts';

/**
 * Content-script entry on UDI's hosts (every frame): the form finder. Finds password forms now and
 * whenever the page changes, and hands them to the mount code, which is injected the first time a frame
 * has a password form (parts.ts explains the split).
 */

/**
 * Fields already classified (or honeypots): a root whose password inputs are all known is not classified
 * again. A field that leaves the page is forgotten, so that one the page puts back (a wizard step, a
 * dialog) is classified anew, as the mount code drops the mount of a field that left.
 */
const classified = new Set<HTMLInputElement>();
const page = new AbortController();
let mounts: Mounts | undefined;
/** Forms found while the mount code and the applicant's preferences are on their way: the one queue. */
let pending: ClassifiedForm[] | undefined;
const shown = watchShown(page.signal, (roots) => scan(roots));

function scan(roots: Iterable<Document | ShadowRoot>): void {
  if (!isContextValid()) {
    page.abort();
    return;
  }
  for (const field of classified) if (!field.isConnected) classified.delete(field);
  const forms: ClassifiedForm[] = [];
  for (const root of roots) {
    // One root that trips over odd markup costs that root only.
    contain(() => {
      // Most mutation batches add no password field: skip the word and structure analysis for them.
      if ([...passwordInputs(root)].every((field) => classified.has(field) || shown.waiting(field))) return;
      const found = findForms(root, (field, state) => {
        if (state === 'decoy') classified.add(field);
        else if (!classified.has(field)) shown.wait(field);
      });
      for (const form of found) {
        for (const { field } of form.fields) classified.add(field);
        forms.push(form);
      }
    });
  }
  if (mounts) update(mounts, forms);
  else if (pending) pending.push(...forms);
  else if (forms.length) {
    pending = forms;
    loadMounts(page.signal).then((loaded) => {
      mounts = loaded;
      if (mounts) update(mounts, pending ?? []);
      pending = undefined;
    });
  }
}

function update(loaded: Mounts, forms: ClassifiedForm[]): void {
  contain(() => loaded.update(forms));
}

function start(): void {
  if (!isContextValid()) return;
  listen(
    window,
    'pagehide',
    (event) => {
      if (!(event as PageTransitionEvent).persisted) page.abort();
    },
    {},
  );
  watchPage(document, page.signal, scan);
}

function startContained(): void {
  try {
    start();
  } catch (error) {
    // Never throw into the page; a failure here leaves the page exactly as it was.
    report(error);
    page.abort();
  }
}

// The manifest runs this at document_start, before the page has any markup: Chrome attaches the extension
// API to whatever `chrome` names when our world is made, and at document_idle a `<form id="chrome">` would
// be that (and an `<iframe name="browser">` then keeps the API from being attached at all). The page is
// looked at once it is parsed, as document_idle would.
if (readyStateOf(document) === 'loading')
  listen(document, 'DOMContentLoaded', startContained, { once: true });
else startContained();
