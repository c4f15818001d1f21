import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, toPreferences } from '../../../src/content/mount/preferences.ts';
import { memoItem, settingsItem } from '../../../src/stored/storage.ts';

describe('toPreferences (the content script’s read of the popup’s stored items)', () => {
  it('uses the defaults when nothing is stored', () => {
    expect(toPreferences({})).toEqual(DEFAULT_PREFERENCES);
  });

  it('reads what the popup writes: settings and memo envelopes', async () => {
    await settingsItem.set({ generatorLength: 32, loginHints: false });
    await memoItem.set({
      entries: [
        { id: 'a', label: 'Work permit — Anna', applicant: 'employee', method: 'email', date: '2026-11-01' },
      ],
    });
    const stored = await (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get(['settings', 'memo']);
    expect(toPreferences(stored)).toEqual({
      generatorLength: 32,
      loginHints: false,
      notes: ['Your note: \u2068Work permit — Anna\u2069 — created with email and password'],
    });
  });

  it('reads version-1 settings as the popup migrates them: the old default 20 is now 16', () => {
    const v1 = (generatorLength: number) => ({
      settings: { v: 1, value: { generatorLength, loginHints: true } },
    });
    expect(toPreferences(v1(20)).generatorLength).toBe(16);
    expect(toPreferences(v1(24)).generatorLength).toBe(24);
  });

  it('leaves out a label with bidi or control characters stored before the popup refused them', () => {
    const memo = (label: string) => ({
      memo: {
        v: 1,
        value: { entries: [{ id: 'a', label, applicant: 'myself', method: 'email', date: '2026-01-01' }] },
      },
    });
    expect(toPreferences(memo('Visa \u202eliame\u202c')).notes).toEqual([]);
    expect(toPreferences(memo('تأشيرة عمل')).notes).toHaveLength(1);
  });

  it('falls back field by field on corrupt data, never throwing', () => {
    expect(
      toPreferences({
        settings: { v: 1, value: { generatorLength: 999, loginHints: 'yes' } },
        memo: 'garbage',
      }),
    ).toEqual(DEFAULT_PREFERENCES);
    expect(
      toPreferences({
        memo: { v: 1, value: { entries: [null, { label: 5 }, { label: 'x', method: 'fax' }] } },
      }).notes,
    ).toEqual([]);
  });
});
