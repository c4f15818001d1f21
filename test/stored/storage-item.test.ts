import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { defineItem } from '../../src/stored/storage-item.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

// Version 3 of a made-up item: v1 stored a bare number, v2 { count }, v3 { count, unit }.
const counter = defineItem({
  key: 'counter',
  version: 3,
  schema: z.object({ count: z.int(), unit: z.string() }),
  fallback: () => ({ count: 0, unit: 'items' }),
  migrations: {
    1: (old) => ({ count: old }),
    2: (old) => ({ ...(old as object), unit: 'items' }),
  },
});

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetFakeBrowser();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('a storage item', () => {
  it('gives the default when nothing is stored, without a notice', async () => {
    expect(await counter.read()).toEqual({ value: { count: 0, unit: 'items' } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('stores a versioned envelope and reads it back', async () => {
    await counter.set({ count: 4, unit: 'apples' });
    expect(state.store.get('counter')).toEqual({ v: 3, value: { count: 4, unit: 'apples' } });
    expect(await counter.get()).toEqual({ count: 4, unit: 'apples' });
  });

  it('migrates an old version step by step and writes the result back on read', async () => {
    state.store.set('counter', { v: 1, value: 7 });
    expect(await counter.get()).toEqual({ count: 7, unit: 'items' });
    expect(state.store.get('counter')).toEqual({ v: 1, value: 7 }); // get() never writes
    expect(await counter.read()).toEqual({ value: { count: 7, unit: 'items' }, migrated: true });
    expect(state.store.get('counter')).toEqual({ v: 3, value: { count: 7, unit: 'items' } });
  });

  it.each([
    ['a bare value', 42],
    ['a string', 'garbage'],
    ['an envelope with a bad value', { v: 3, value: { count: 'many' } }],
    ['a version from the future', { v: 9, value: { count: 1, unit: 'x' } }],
    ['version 0', { v: 0, value: {} }],
  ])('replaces %s by the default, says so, and warns without the data', async (_, stored) => {
    state.store.set('counter', stored);
    const result = await counter.read();
    expect(result).toEqual({ value: { count: 0, unit: 'items' }, problem: 'reset' });
    expect(state.store.get('counter')).toEqual({ v: 3, value: { count: 0, unit: 'items' } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).not.toMatch(/garbage|many|42/);
  });

  it('refuses to store an invalid value', async () => {
    await expect(counter.set({ count: 1.5, unit: 'x' })).rejects.toThrow(/invalid/);
    expect(state.store.has('counter')).toBe(false);
  });

  it('updates from the current value', async () => {
    await counter.set({ count: 1, unit: 'x' });
    await counter.update((c) => ({ ...c, count: c.count + 1 }));
    expect(await counter.get()).toEqual({ count: 2, unit: 'x' });
  });

  it('calls watchers with each new value until their signal aborts', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    counter.watch((v) => seen.push(v.count), controller.signal);
    await counter.set({ count: 1, unit: 'x' });
    await counter.set({ count: 2, unit: 'x' });
    controller.abort();
    await counter.set({ count: 3, unit: 'x' });
    expect(seen).toEqual([1, 2]);
    expect(state.listeners.size).toBe(0);
  });
});
