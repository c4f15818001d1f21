import { setLanguage } from '../shared/i18n.ts';
import { asChosen, type Catalog, isLanguage, LOCALE_KEY } from '../shared/language.ts';
import { nativeApi } from '../shared/native.ts';
import { isEnvelope, KEYS } from '../stored/shapes.ts';

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

/**
 * At popup start, before anything renders: the stored choice, if any. Settings of version 2 and older also
 * named the language (`settings.language`, written just before the catalog, so a failed catalog load could
 * leave only that); such a choice becomes its `locale` record now, before the settings item migrates the
 * field away (stored/shapes.ts).
 */
const LAST_VERSION_WITH_LANGUAGE = 2;

export async function restoreLanguage(): Promise<void> {
  try {
    const stored = (await nativeApi()?.storage.local.get([LOCALE_KEY, KEYS.settings])) ?? {};
    const chosen = asChosen(stored[LOCALE_KEY]);
    const old = stored[KEYS.settings];
    const oldLanguage =
      isEnvelope(old) && old.v <= LAST_VERSION_WITH_LANGUAGE
        ? (old.value as { language?: unknown } | null)?.language
        : '';
    if (!chosen && isLanguage(oldLanguage)) await chooseLanguage(oldLanguage);
    else setLanguage(chosen);
  } catch {
    setLanguage(undefined);
  }
}
