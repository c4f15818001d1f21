import { setLanguage } from '../shared/i18n.ts';
import { asChosen, type Catalog, isLanguage, LOCALE_KEY } from '../shared/language.ts';
import { nativeApi } from '../shared/native.ts';

/**
 * Applies the language chosen in Settings ('' = the browser's): loads that catalog from the extension's own
 * files and keeps a copy in storage.local, where the content script on UDI's pages picks it up.
 */
export async function chooseLanguage(lang: string): Promise<void> {
  const storage = nativeApi()?.storage.local;
  if (!isLanguage(lang)) {
    await storage?.remove(LOCALE_KEY);
    setLanguage(undefined);
    return;
  }
  const response = await fetch(`/_locales/${lang}/messages.json`);
  const catalog = (await response.json()) as Catalog;
  await storage?.set({ [LOCALE_KEY]: { lang, catalog } });
  setLanguage({ lang, catalog });
}

/** At popup start: the stored choice, if any, before anything renders. */
export async function restoreLanguage(): Promise<void> {
  try {
    const stored = await nativeApi()?.storage.local.get(LOCALE_KEY);
    setLanguage(asChosen(stored?.[LOCALE_KEY]));
  } catch {
    setLanguage(undefined);
  }
}
