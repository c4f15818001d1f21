import { emptyMemo, type Memo, MemoSchema, salvageMemo } from './memo.ts';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema, salvageSettings } from './settings.ts';
import { defineItem, type StorageItem } from './storage-item.ts';

/**
 * The extension's stored data: the applicant's settings and "My applications" memo, each one typed,
 * versioned item in storage.local. The popup writes them; the content script reads and watches them.
 */
export const settingsItem: StorageItem<Settings> = defineItem({
  key: 'settings',
  version: 1,
  schema: SettingsSchema,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  salvage: salvageSettings,
});

export const memoItem: StorageItem<Memo> = defineItem({
  key: 'memo',
  version: 1,
  schema: MemoSchema,
  fallback: emptyMemo,
  salvage: salvageMemo,
});

export interface Stored {
  settings: Settings;
  memo: Memo;
}

/** Both items now, then again whenever either changes, until `signal` aborts. For the content script. */
export async function watch(callback: (stored: Stored) => void, signal: AbortSignal): Promise<Stored> {
  const current: Stored = { settings: settingsItem.fallback(), memo: memoItem.fallback() };
  // Listen before reading, so a change between the two is not missed.
  settingsItem.watch((settings) => {
    current.settings = settings;
    callback({ ...current });
  }, signal);
  memoItem.watch((memo) => {
    current.memo = memo;
    callback({ ...current });
  }, signal);
  const [settings, memo] = await Promise.all([settingsItem.get(), memoItem.get()]);
  current.settings = settings;
  current.memo = memo;
  return { ...current };
}

export type { Memo, MemoEntry } from './memo.ts';
export type { Settings } from './settings.ts';
export { DEFAULT_SETTINGS, LENGTH } from './settings.ts';
export type { ReadResult, StorageItem } from './storage-item.ts';
