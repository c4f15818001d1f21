import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';

/**
 * Whether this page can show a file picker. Firefox closes a toolbar popup as soon as the picker opens, so
 * there the popup page is opened in a tab first; `tabs.getCurrent()` is a tab there and undefined in a popup.
 */
export function useCanPickFiles(): boolean {
  const [inTab, setInTab] = useState(!__FIREFOX__);
  useEffect(() => {
    if (!__FIREFOX__) return;
    browser.tabs
      .getCurrent()
      .then((tab) => setInTab(Boolean(tab)))
      .catch(() => setInTab(false));
  }, []);
  return inTab;
}
