export const VIEWS = ['advisor', 'trouble', 'check', 'memo', 'settings'] as const;
export type ViewId = (typeof VIEWS)[number];

/** `?view=memo` opens a view directly (Firefox's import opens the popup page in a tab this way). */
export function viewFromUrl(search = location.search): ViewId {
  const view = new URLSearchParams(search).get('view');
  return (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewId) : 'advisor';
}
