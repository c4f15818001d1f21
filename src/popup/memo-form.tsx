import { useEffect, useRef, useState } from 'preact/hooks';
import { APPLICANTS, type Applicant, METHODS, type Method } from '../advisor/index.ts';
import { t } from '../shared/i18n.ts';
import {
  type EntryDraft,
  type FieldErrors,
  MEMO_LIMITS,
  type MemoEntry,
  validateDraft,
} from '../stored/memo.ts';
import { Field } from './field.tsx';
import { applicantLabel, methodLabel } from './labels.ts';

interface Props {
  draft: EntryDraft;
  isNew: boolean;
  onSave: (entry: MemoEntry) => void;
  onCancel: () => void;
}

/** Add or edit one note. There is no field for a password; an identity number is refused with a reason. */
export function MemoForm({ draft: initial, isNew, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);
  const set = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  const submit = (event: Event) => {
    event.preventDefault();
    const result = validateDraft(draft);
    if ('entry' in result) return onSave(result.entry);
    setErrors(result.errors);
    const first = (['label', 'email', 'date'] as const).find((f) => result.errors[f]);
    form.current?.querySelector<HTMLElement>(`#memo-${first}`)?.focus();
  };

  return (
    <form ref={form} class="memo-form" noValidate onSubmit={submit} aria-labelledby="memo-form-heading">
      <h3 id="memo-form-heading">{t(isNew ? 'memo_form_add_heading' : 'memo_form_edit_heading')}</h3>
      <Field
        id="memo-label"
        label={t('memo_field_label')}
        hint={t('memo_field_label_hint')}
        error={errors.label}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autocomplete="off"
            maxLength={MEMO_LIMITS.label}
            value={draft.label}
            onInput={(e) => set({ label: value(e) })}
          />
        )}
      </Field>
      <Field id="memo-applicant" label={t('memo_field_applicant')}>
        {(control) => (
          <select
            {...control}
            value={draft.applicant}
            onChange={(e) => set({ applicant: value(e) as Applicant })}
          >
            {APPLICANTS.map((a) => (
              <option key={a} value={a}>
                {applicantLabel(a)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="memo-method" label={t('memo_field_method')}>
        {(control) => (
          <select {...control} value={draft.method} onChange={(e) => set({ method: value(e) as Method })}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {methodLabel(m)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="memo-email" label={t('memo_field_email')} error={errors.email}>
        {(control) => (
          <input
            {...control}
            type="email"
            autocomplete="off"
            maxLength={MEMO_LIMITS.email}
            value={draft.email}
            onInput={(e) => set({ email: value(e) })}
          />
        )}
      </Field>
      <Field id="memo-date" label={t('memo_field_date')} error={errors.date}>
        {(control) => (
          <input {...control} type="date" value={draft.date} onInput={(e) => set({ date: value(e) })} />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="primary">
          {t('memo_save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('memo_cancel')}
        </button>
      </div>
    </form>
  );
}
