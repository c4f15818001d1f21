import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, memoItem, settingsItem } from '../../src/stored/storage.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const entry = (id: string, label = `Application ${id}`) => ({
  id,
  label,
  applicant: 'myself',
  method: 'email',
  email: 'anna@example.com',
  date: '2025-03-01',
});

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetFakeBrowser();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('settings', () => {
  it('defaults to length 16, hints on, browser language', async () => {
    expect(await settingsItem.get()).toEqual({ generatorLength: 16, loginHints: true });
    expect(DEFAULT_SETTINGS.generatorLength).toBe(16);
  });

  it('moves settings saved with the old default length 20 to 16, keeping everything else', async () => {
    state.store.set('settings', { v: 1, value: { generatorLength: 20, loginHints: false, language: '' } });
    expect(await settingsItem.read()).toEqual({
      value: { generatorLength: 16, loginHints: false },
      migrated: true,
    });
    expect(state.store.get('settings')).toEqual({ v: 3, value: { generatorLength: 16, loginHints: false } });
  });

  it('keeps one record of the language: version 2’s settings.language is migrated away', async () => {
    state.store.set('settings', { v: 2, value: { generatorLength: 24, loginHints: true, language: 'nb' } });
    expect(await settingsItem.read()).toEqual({
      value: { generatorLength: 24, loginHints: true },
      migrated: true,
    });
  });

  it('keeps a length the applicant chose under version 1', async () => {
    state.store.set('settings', { v: 1, value: { generatorLength: 32, loginHints: true, language: '' } });
    expect((await settingsItem.read()).value.generatorLength).toBe(32);
  });

  it.each([11, 65, 20.5])('never stores a generator length of %s', async (generatorLength) => {
    await expect(settingsItem.set({ ...DEFAULT_SETTINGS, generatorLength })).rejects.toThrow();
  });

  it('keeps the valid fields when one stored field is bad', async () => {
    state.store.set('settings', { v: 3, value: { generatorLength: 999, loginHints: false } });
    expect(await settingsItem.read()).toEqual({
      value: { generatorLength: 16, loginHints: false },
      problem: 'partly-reset',
    });
  });
});

describe('memo', () => {
  it('is empty by default', async () => {
    expect(await memoItem.get()).toEqual({ entries: [] });
  });

  it('keeps the valid entries of a damaged memo and reports it', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry('a'), { id: 'b' }, entry('c')] } });
    const result = await memoItem.read();
    expect(result.problem).toBe('partly-reset');
    expect(result.value.entries.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('empties a memo that is not a memo at all, and leaves the settings alone', async () => {
    state.store.set('settings', { v: 1, value: { generatorLength: 30, loginHints: true, language: '' } });
    state.store.set('memo', 'corrupt');
    expect(await memoItem.read()).toEqual({ value: { entries: [] }, problem: 'reset' });
    expect((await settingsItem.get()).generatorLength).toBe(30);
  });

  it('drops a stored entry that holds an identity number', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry('a', 'Anna 01019012345'), entry('b')] } });
    expect((await memoItem.get()).entries.map((e) => e.id)).toEqual(['b']);
  });

  it('drops a stored entry whose label holds a bidi override, keeps the others, and says so', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry('a', 'Anna\u202e: ID-porten'), entry('b')] } });
    const result = await memoItem.read();
    expect(result.value.entries.map((e) => e.id)).toEqual(['b']);
    expect(result.problem).toBe('partly-reset');
  });

  it('never stores an entry with an identity number', async () => {
    await expect(memoItem.set({ entries: [entry('a', '010190 12345')] as never })).rejects.toThrow();
  });
});
