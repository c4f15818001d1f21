import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { MessageKey } from '../shared/message-key.ts';
import { memoItem, settingsItem } from '../stored/storage.ts';
import { useItem } from './use-item.ts';

/**
 * Tells the applicant that stored data was damaged and what was replaced (the repair itself happens on the
 * first read, see use-item.ts). Closing it hides it for this popup.
 */
export function StorageNotice() {
  const settings = useItem(settingsItem).problem;
  const memo = useItem(memoItem).problem;
  const [closed, setClosed] = useState(false);
  const keys: MessageKey[] = [];
  if (settings) keys.push('popup_notice_settings_reset');
  if (memo === 'reset') keys.push('popup_notice_memo_reset');
  if (memo === 'partly-reset') keys.push('popup_notice_memo_partly_reset');
  if (closed || keys.length === 0) return null;
  return (
    <div class="notice" role="alert" data-notice="storage">
      {keys.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      <button type="button" class="secondary" onClick={() => setClosed(true)}>
        {t('popup_dismiss')}
      </button>
    </div>
  );
}
