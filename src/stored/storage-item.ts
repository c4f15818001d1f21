import type { z } from 'zod/mini';
import { nativeApi } from '../shared/native.ts';
import { type Envelope, isEnvelope, type Migrations, migrated } from './shapes.ts';

/**
 * The platform's namespace without the polyfill (see native.ts): the popup needs nothing more, since
 * storage.local and onChanged are promise-based natively. (The content script reads the same keys through
 * content/mount/preferences.ts, without these items or zod.)
 */
function platform() {
  const api = nativeApi();
  if (!api) throw new Error('storage: no extension API here');
  return api;
}

/**
 * One typed value under one key of storage.local, stored as `{ v: version, value }`. Reading never throws:
 * data that does not validate is replaced by the default (or what `salvage` keeps of it) and reported.
 */
export interface ItemOptions<T> {
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  fallback: () => T;
  /** `migrations[n]` turns a version-n value into a version-(n+1) value. */
  migrations?: Migrations;
  /** What can be kept of a value that does not validate as a whole (e.g. the valid memo entries). */
  salvage?: (value: unknown) => T | undefined;
}

export interface ReadResult<T> {
  value: T;
  /** Set when the stored data could not be read as it was: the applicant is told, in the popup. */
  problem?: 'reset' | 'partly-reset';
  /** Set when the stored data came from an older version and was migrated. */
  migrated?: boolean;
}

export interface StorageItem<T> {
  readonly key: string;
  readonly fallback: () => T;
  /** The current value; the default when nothing or bad data is stored. Never writes. */
  get(): Promise<T>;
  /** Like `get`, and writes back what it had to migrate or replace, saying so. For the popup. */
  read(): Promise<ReadResult<T>>;
  set(value: T): Promise<void>;
  update(change: (current: T) => T): Promise<T>;
  /** Calls `callback` with every new value until `signal` aborts. */
  watch(callback: (value: T) => void, signal: AbortSignal): void;
  /** The pure part of reading: stored envelope → value. */
  decode(stored: unknown): ReadResult<T>;
}

export function defineItem<T>(options: ItemOptions<T>): StorageItem<T> {
  const { key, version, schema, fallback, migrations = {}, salvage } = options;

  // Never logs the stored value: it may hold the applicant's labels and email addresses.
  const warn = (reason: string) =>
    console.warn(`[udi-login-helper] storage item "${key}": ${reason}; replaced by the default.`);

  function decode(stored: unknown): ReadResult<T> {
    if (stored === undefined) return { value: fallback() };
    if (!isEnvelope(stored) || stored.v < 1) {
      warn('not in the expected shape');
      return { value: fallback(), problem: 'reset' };
    }
    if (stored.v > version) {
      warn(`written by a newer version (${stored.v})`);
      return { value: fallback(), problem: 'reset' };
    }
    const current = migrated(stored, version, migrations);
    if (!current) {
      warn(`no migration from version ${stored.v}`);
      return { value: fallback(), problem: 'reset' };
    }
    const parsed = schema.safeParse(current.value);
    if (parsed.success) return { value: parsed.data, ...(stored.v < version ? { migrated: true } : {}) };
    const kept = salvage?.(current.value);
    if (kept !== undefined) {
      warn('partly invalid, kept the valid part');
      return { value: kept, problem: 'partly-reset' };
    }
    warn('invalid');
    return { value: fallback(), problem: 'reset' };
  }

  async function load(): Promise<unknown> {
    const all = await platform().storage.local.get(key);
    return all[key];
  }

  async function set(value: T): Promise<void> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`Refusing to store an invalid "${key}"`);
    await platform().storage.local.set({ [key]: { v: version, value: parsed.data } satisfies Envelope });
  }

  return {
    key,
    fallback,
    decode,
    set,
    get: async () => decode(await load()).value,
    async read() {
      const result = decode(await load());
      if (result.problem || result.migrated) await set(result.value);
      return result;
    },
    async update(change) {
      const next = change(decode(await load()).value);
      await set(next);
      return next;
    },
    watch(callback, signal) {
      if (signal.aborted) return;
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) callback(decode(change.newValue).value);
      };
      const { onChanged } = platform().storage;
      onChanged.addListener(listener);
      signal.addEventListener('abort', () => onChanged.removeListener(listener), { once: true });
    },
  };
}
