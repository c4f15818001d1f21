import { isContextValid } from '../shared/native.ts';
import type { Handover } from './check-state.ts';
import { contain } from './contain.ts';
import type { ClassifiedForm } from './find-forms.ts';
import { notesAllowedHere } from './frame-ancestry.ts';
import { mountLoginHint } from './mount-login-hint.ts';
import { mountPasswordCheck, type PasswordCheckMount } from './mount-password-check.ts';
import { type CreateMounts, registerPart } from './parts.ts';
import { DEFAULT_PREFERENCES, loadPreferences, type Preferences } from './preferences.ts';

/**
 * The injected half of the content script (see parts.ts): mounts the rule check under new-password
 * fields and the login hint under login fields of the forms the finder reports, and unmounts when a field
 * leaves the page or the finder's signal aborts (pagehide, extension gone).
 */
interface Mounted {
  controller: AbortController;
  check?: PasswordCheckMount;
}

const createMounts: CreateMounts = (signal) => {
  const mounted = new Map<HTMLInputElement, Mounted>();
  let preferences: Preferences | undefined;
  // Forms found before the preferences were read wait for them (a storage read: milliseconds).
  const waiting: ClassifiedForm[] = [];

  /** Mounts whose field left the page in this scan, by field identity: a re-render's copy takes over. */
  let replaced = new Map<string, Handover>();

  function mountForm(form: ClassifiedForm, prefs: Preferences): void {
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
        } else if (role === 'current' && form.kind === 'login' && !existing && prefs.loginHints) {
          const controller = new AbortController();
          mounted.set(field, { controller });
          const notes = notesAllowedHere() ? prefs.notes : [];
          mountLoginHint(field, notes, AbortSignal.any([controller.signal, signal]));
        }
      }, undefined);
    }
  }

  function mountNew(field: HTMLInputElement, form: ClassifiedForm): PasswordCheckMount {
    const controller = new AbortController();
    const check = mountPasswordCheck(field, {
      scope: form.scope,
      generatorLength: () => (preferences ?? DEFAULT_PREFERENCES).generatorLength,
      signal: AbortSignal.any([controller.signal, signal]),
      inherit: replaced.get(identity(field)),
    });
    mounted.set(field, { controller, check });
    return check;
  }

  loadPreferences(signal, (next) => {
    preferences = next;
  })
    .catch(() => DEFAULT_PREFERENCES)
    .then((loaded) => {
      preferences = loaded;
      for (const form of waiting.splice(0)) mountForm(form, loaded);
    });

  return {
    update(forms) {
      const gone: HTMLInputElement[] = [];
      if (signal.aborted || !isContextValid()) return gone;
      for (const [field, mount] of mounted) {
        if (!field.isConnected) {
          if (mount.check) replaced.set(identity(field), mount.check.handover());
          mounted.delete(field);
          gone.push(field);
          contain(() => mount.controller.abort(), undefined);
        } else contain(() => mount.check?.restore(), undefined);
      }
      for (const form of forms) {
        if (preferences) mountForm(form, preferences);
        else waiting.push(form);
      }
      replaced = new Map(); // a handover lives for this one scan only
      return gone;
    },
  };
};

/** A field and its re-rendered copy share name, id and autocomplete; different fields rarely do all three. */
const identity = (field: HTMLInputElement) =>
  `${field.name}\n${field.id}\n${field.getAttribute('autocomplete') ?? ''}`;

registerPart('mounts', createMounts);
