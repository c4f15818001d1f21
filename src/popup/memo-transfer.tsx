import browser from '../shared/browser.ts';
import { t, tm } from '../shared/i18n.ts';
import { MEMO_LIMITS } from '../stored/memo.ts';
import { exportMemo, mergeMemo, readMemoFile } from '../stored/memo-file.ts';
import { memoItem } from '../stored/storage.ts';
import { downloadText } from './download.ts';
import { today } from './labels.ts';
import type { StatusMessage } from './status.tsx';
import { useCanPickFiles } from './use-in-tab.ts';

/** Export to a JSON file and import one back. A bad or foreign file is rejected whole: nothing changes. */
export function MemoTransfer({ onStatus }: { onStatus: (status: StatusMessage) => void }) {
  const canPick = useCanPickFiles();

  const exportFile = async () => {
    downloadText(`udi-my-applications-${today()}.json`, exportMemo(await memoItem.get()));
    onStatus({ text: t('memo_exported') });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    const fail = (text: string) => onStatus({ text, error: true });
    const parsed = await readMemoFile(file);
    if (!parsed.ok) return fail(tm(parsed.error));
    try {
      const { memo, added, updated, full } = mergeMemo(await memoItem.get(), parsed.entries);
      if (full) return fail(t('memo_import_full', String(MEMO_LIMITS.entries)));
      await memoItem.set(memo);
      onStatus({ text: t('memo_imported', String(added), String(updated)) });
    } catch {
      fail(t('memo_error_storage'));
    }
  };

  const openInTab = () => {
    browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html?view=memo') }).catch(() => {});
    window.close();
  };

  return (
    <div class="transfer">
      <h3>{t('memo_transfer_heading')}</h3>
      <div class="actions">
        <button type="button" class="secondary" data-action="export" onClick={exportFile}>
          {t('memo_export')}
        </button>
        {canPick ? (
          <label class="button secondary file-button">
            {t('memo_import')}
            <input
              type="file"
              class="sr-only"
              accept="application/json,.json"
              data-action="import"
              onChange={(e) => importFile(e.currentTarget)}
            />
          </label>
        ) : (
          <button type="button" class="secondary" aria-describedby="memo-import-in-tab" onClick={openInTab}>
            {t('memo_import')}
          </button>
        )}
      </div>
      {!canPick && (
        <p class="hint" id="memo-import-in-tab">
          {t('memo_import_in_tab')}
        </p>
      )}
    </div>
  );
}
