import { emptyMemo, type Memo, MemoSchema, salvageMemo } from './memo.ts';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema, salvageSettings } from './settings.ts';
import { defineItem, type StorageItem } from './storage-item.ts';
import { migrateSettingsV1 } from './stored.ts';

/**
 * The extension's stored data: the applicant's settings and "My applications" memo, each one typed,
 * versioned item in storage.local. The popup writes them; the content script reads and watches them.
 */
export const settingsItem: StorageItem<Settings> = defineItem({
  key: 'settings',
  version: 2,
  schema: SettingsSchema,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  migrations: { 1: migrateSettingsV1 },
  salvage: salvageSettings,
});

export const memoItem: StorageItem<Memo> = defineItem({
  key: 'memo',
  version: 1,
  schema: MemoSchema,
  fallback: emptyMemo,
  salvage: salvageMemo,
});

export type { Memo, MemoEntry } from './memo.ts';
export type { Settings } from './settings.ts';
export { DEFAULT_SETTINGS, LENGTH } from './settings.ts';
export type { ReadResult, StorageItem } from './storage-item.ts';
