import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { type EntryDraft, MEMO_LIMITS, type MemoEntry } from '../stored/memo.ts';
import { mergeMemo } from '../stored/memo-file.ts';
import { memoItem } from '../stored/storage.ts';
import { today } from './labels.ts';
import { MemoForm } from './memo-form.tsx';
import { MemoItem } from './memo-item.tsx';
import { MemoTransfer } from './memo-transfer.tsx';
import { Status, type StatusMessage } from './status.tsx';
import { useItem } from './use-item.ts';

interface Props {
  /** A new note started from the advisor's answer (who it is for, which method). */
  prefill?: Partial<EntryDraft> | undefined;
}

const newDraft = (prefill: Partial<EntryDraft> = {}): EntryDraft => ({
  id: crypto.randomUUID(),
  label: '',
  applicant: 'myself',
  method: 'email',
  email: '',
  date: today(),
  ...prefill,
});

/** "My applications": how each application was created, kept on this computer only. */
export function MemoView({ prefill }: Props) {
  const memo = useItem(memoItem).value;
  const [editing, setEditing] = useState<{ draft: EntryDraft; isNew: boolean } | undefined>(
    prefill ? { draft: newDraft(prefill), isNew: true } : undefined,
  );
  const [status, setStatus] = useState<StatusMessage>();
  const heading = useRef<HTMLHeadingElement>(null);
  const entries = memo?.entries ?? [];

  const add = () => {
    if (entries.length >= MEMO_LIMITS.entries) full();
    else {
      setStatus(undefined);
      setEditing({ draft: newDraft(), isNew: true });
    }
  };
  const edit = (entry: MemoEntry) => {
    setStatus(undefined);
    setEditing({ draft: { ...entry, email: entry.email ?? '' }, isNew: false });
  };
  const full = () => setStatus({ text: t('memo_error_full', String(MEMO_LIMITS.entries)), error: true });
  /** Storage refused the write: the form stays open (nothing typed is lost) and the applicant is told. */
  const failed = () => setStatus({ text: t('memo_error_storage'), error: true });
  const save = async (entry: MemoEntry) => {
    try {
      // Replaces the entry with the same id in place, or adds it: what an import does with each entry.
      const merged = mergeMemo(await memoItem.get(), [entry]);
      if (merged.full) return full();
      await memoItem.set(merged.memo);
    } catch {
      return failed();
    }
    setEditing(undefined);
    setStatus({ text: t('memo_saved') });
    heading.current?.focus();
  };
  const remove = async (entry: MemoEntry) => {
    try {
      await memoItem.update((m) => ({ entries: m.entries.filter((e) => e.id !== entry.id) }));
    } catch {
      return failed();
    }
    setStatus({ text: t('memo_deleted') });
    heading.current?.focus();
  };
  const cancel = () => {
    setEditing(undefined);
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="memo-heading" data-view="memo">
      <h2 id="memo-heading" ref={heading} tabIndex={-1}>
        {t('memo_heading')}
      </h2>
      <p>{t('memo_intro')}</p>
      <Status status={status} />
      {editing ? (
        <MemoForm
          key={editing.draft.id}
          draft={editing.draft}
          isNew={editing.isNew}
          onSave={save}
          onCancel={cancel}
        />
      ) : (
        <button type="button" class="primary" data-action="add" onClick={add}>
          {t('memo_add')}
        </button>
      )}
      {memo &&
        (entries.length === 0 ? (
          <p class="muted">{t('memo_empty')}</p>
        ) : (
          <ul class="memo-list" aria-label={t('memo_list_label')}>
            {entries.map((entry) => (
              <MemoItem key={entry.id} entry={entry} onEdit={edit} onDelete={remove} />
            ))}
          </ul>
        ))}
      <MemoTransfer onStatus={setStatus} />
    </section>
  );
}
