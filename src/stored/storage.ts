import { emptyMemo, type Memo, MemoSchema, salvageMemo } from './memo.ts';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema, salvageSettings } from './settings.ts';
import { KEYS, MEMO_VERSION, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './shapes.ts';
import { defineItem, type StorageItem } from './storage-item.ts';

/**
 * The extension's stored data: the applicant's settings and "My applications" memo, each one typed,
 * versioned item in storage.local (shapes.ts). The popup writes and repairs them; the content script
 * only reads them, without zod (src/content/mount/preferences.ts).
 */
export const settingsItem: StorageItem<Settings> = defineItem({
  key: KEYS.settings,
  version: SETTINGS_VERSION,
  schema: SettingsSchema,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  migrations: SETTINGS_MIGRATIONS,
  salvage: salvageSettings,
});

export const memoItem: StorageItem<Memo> = defineItem({
  key: KEYS.memo,
  version: MEMO_VERSION,
  schema: MemoSchema,
  fallback: emptyMemo,
  salvage: salvageMemo,
});

export type { Memo, MemoEntry } from './memo.ts';
export type { Settings } from './settings.ts';
export { DEFAULT_SETTINGS } from './settings.ts';
export type { ReadResult, StorageItem } from './storage-item.ts';
