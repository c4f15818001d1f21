// The popup sections that need storage (and so zod) or the password policy, loaded as one chunk after the
// first paint: one chunk compresses better than four and costs one request.
export { CheckerView } from './checker-view.tsx';
export { MemoView } from './memo-view.tsx';
export { SettingsView } from './settings-view.tsx';
export { StorageNotice } from './storage-notice.tsx';
