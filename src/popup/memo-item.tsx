import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { MemoEntry } from '../stored/memo.ts';
import { applicantLabel, formatDate, methodLabel } from './labels.ts';

/** Stands in for the label while the question is translated; no catalog contains it. */
const SLOT = '\ue000';

interface Props {
  entry: MemoEntry;
  onEdit: (entry: MemoEntry) => void;
  onDelete: (entry: MemoEntry) => void;
}

/** One note; deleting asks once more, in place. */
export function MemoItem({ entry, onEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Keyboard users land on "Cancel" when asked, and back on "Delete" when they cancel.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);
  // The label inside <bdi>: Arabic in an English question, or Latin in an Arabic one, keeps its place.
  const question = t('memo_delete_confirm', SLOT).split(SLOT);
  return (
    <li class="memo-item" data-id={entry.id}>
      <p class="memo-label">
        <bdi>{entry.label}</bdi>
      </p>
      <p>{t('memo_entry_method', methodLabel(entry.method))}</p>
      <p class="muted">
        {t('memo_entry_for', applicantLabel(entry.applicant))} <span aria-hidden="true">·</span>{' '}
        {t('memo_entry_date', formatDate(entry.date))}
      </p>
      {entry.email && <p class="muted">{t('memo_entry_email', entry.email)}</p>}
      {confirming ? (
        <div class="actions">
          {/* Both buttons are described by the question, so a screen reader says it with the focused one. */}
          <span id={`delete-${entry.id}`}>
            {question[0]}
            <bdi>{entry.label}</bdi>
            {question[1]}
          </span>
          <button
            type="button"
            class="danger"
            aria-describedby={`delete-${entry.id}`}
            onClick={() => onDelete(entry)}
          >
            {t('memo_delete_yes')}
          </button>
          <button
            type="button"
            class="secondary"
            ref={cancel}
            aria-describedby={`delete-${entry.id}`}
            onClick={() => setConfirming(false)}
          >
            {t('memo_cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            aria-label={t('memo_edit_named', entry.label)}
            onClick={() => onEdit(entry)}
          >
            {t('memo_edit')}
          </button>
          <button
            type="button"
            class="secondary"
            ref={deleteButton}
            aria-label={t('memo_delete_named', entry.label)}
            onClick={() => setConfirming(true)}
          >
            {t('memo_delete')}
          </button>
        </div>
      )}
    </li>
  );
}
