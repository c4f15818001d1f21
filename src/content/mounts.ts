import { isContextValid } from '../shared/native.ts';
import { contain } from './contain.ts';
import type { ClassifiedForm } from './finder/find-forms.ts';
import type { Handover } from './mount/check-state.ts';
import { notesAllowedHere } from './mount/frame-ancestry.ts';
import { mountLoginHint } from './mount/mount-login-hint.ts';
import { mountPasswordCheck, type PasswordCheckMount } from './mount/mount-password-check.ts';
import { DEFAULT_PREFERENCES, loadPreferences, type Preferences } from './mount/preferences.ts';
import { type CreateMounts, registerPart } from './parts.ts';

/**
 * The injected half of the content script (see parts.ts): mounts the rule check under new-password
 * fields and the login hint under login fields of the forms the finder reports, and unmounts when a field
 * leaves the page or the finder's signal aborts (pagehide, extension gone).
 */
interface Mounted {
  controller: AbortController;
  check?: PasswordCheckMount;
}

const createMounts: CreateMounts = async (signal) => {
  const mounted = new Map<HTMLInputElement, Mounted>();
  // Read before the first mount (a storage read: milliseconds); the finder holds its forms until then.
  let preferences: Preferences = DEFAULT_PREFERENCES;
  preferences = await loadPreferences(signal, (next) => {
    preferences = next;
  }).catch(() => DEFAULT_PREFERENCES);

  /** Mounts whose field left the page in this scan, by field identity: a re-render's copy takes over. */
  let replaced = new Map<string, Handover>();

  function mountForm(form: ClassifiedForm): void {
    let check: PasswordCheckMount | undefined;
    for (const { field, role } of form.fields) {
      if (!field.isConnected) continue;
      // A field whose mount fails costs that field only.
      contain(() => {
        const existing = mounted.get(field);
        if (role === 'new') {
          // A field first seen as a login (a hint under it) can turn out to be new once its confirmation appears.
          if (existing && !existing.check) existing.controller.abort();
          check = existing?.check ?? mountNew(field, form);
        } else if (role === 'confirm') {
          check?.setConfirm(field);
        } else if (role === 'current' && form.kind === 'login' && !existing && preferences.loginHints) {
          const controller = new AbortController();
          mounted.set(field, { controller });
          const notes = notesAllowedHere() ? preferences.notes : [];
          mountLoginHint(field, notes, AbortSignal.any([controller.signal, signal]));
        }
      });
    }
  }

  function mountNew(field: HTMLInputElement, form: ClassifiedForm): PasswordCheckMount {
    const controller = new AbortController();
    const check = mountPasswordCheck(field, {
      scope: form.scope,
      generatorLength: () => preferences.generatorLength,
      signal: AbortSignal.any([controller.signal, signal]),
      inherit: replaced.get(identity(field)),
    });
    mounted.set(field, { controller, check });
    return check;
  }

  return {
    update(forms) {
      if (signal.aborted || !isContextValid()) return;
      for (const [field, mount] of mounted) {
        if (!field.isConnected) {
          if (mount.check) replaced.set(identity(field), mount.check.handover());
          mounted.delete(field);
          contain(() => mount.controller.abort());
        } else contain(() => mount.check?.restore());
      }
      for (const form of forms) mountForm(form);
      replaced = new Map(); // a handover lives for this one scan only
    },
  };
};

/** A field and its re-rendered copy share name, id and autocomplete; different fields rarely do all three. */
const identity = (field: HTMLInputElement) =>
  `${field.name}\n${field.id}\n${field.getAttribute('autocomplete') ?? ''}`;

registerPart('mounts', createMounts);
