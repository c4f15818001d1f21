import type { MessageKey } from '../shared/message-key.ts';

export const VIEWS = ['advisor', 'trouble', 'check', 'memo', 'settings'] as const;
export type ViewId = (typeof VIEWS)[number];

export const VIEW_LABEL: Record<ViewId, MessageKey> = {
  advisor: 'popup_nav_advisor',
  trouble: 'popup_nav_trouble',
  check: 'popup_nav_check',
  memo: 'popup_nav_memo',
  settings: 'popup_nav_settings',
};

/** `?view=memo` opens a view directly (Firefox's import opens the popup page in a tab this way). */
export function viewFromUrl(search = location.search): ViewId {
  const view = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewId) : 'advisor';
}
