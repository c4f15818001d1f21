import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, restoreLanguage } from '../../src/popup/choose-language.ts';
import { chosenLanguage, setLanguage, t } from '../../src/shared/i18n.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

// The popup fetches a catalog from the extension's own files.
const catalog = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
beforeEach(() => {
  resetFakeBrowser();
  setLanguage(undefined);
  vi.stubGlobal('fetch', async (url: string) => {
    const lang = /_locales\/(\w+)\//.exec(url)?.[1] ?? '';
    return { json: async () => catalog(lang) };
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the chosen language: one record (locale), written at once', () => {
  it('stores the catalog with its language and uses it', async () => {
    await chooseLanguage('nb');
    expect((state.store.get('locale') as { lang: string }).lang).toBe('nb');
    expect(chosenLanguage()).toBe('nb');
    expect(t('settings_heading')).toBe(catalog('nb').settings_heading.message);
  });

  it('writes nothing when the catalog cannot be loaded, so nothing disagrees', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new Error('offline');
    });
    await expect(chooseLanguage('uk')).rejects.toThrow();
    expect(state.store.has('locale')).toBe(false);
    expect(chosenLanguage()).toBe('');
  });

  it('keeps a choice that only version-2 settings remember, by writing its locale record at start', async () => {
    state.store.set('settings', { v: 2, value: { generatorLength: 16, loginHints: true, language: 'ar' } });
    await restoreLanguage();
    expect((state.store.get('locale') as { lang: string }).lang).toBe('ar');
    expect(chosenLanguage()).toBe('ar');
  });

  it('restores a stored locale as it is, and ignores a language field of current settings', async () => {
    state.store.set('locale', { lang: 'nn', catalog: catalog('nn') });
    state.store.set('settings', { v: 3, value: { generatorLength: 16, loginHints: true, language: 'ru' } });
    await restoreLanguage();
    expect(chosenLanguage()).toBe('nn');
  });
});
