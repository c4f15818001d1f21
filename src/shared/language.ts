/**
 * The applicant's own choice of language, overriding the browser's. The popup loads the chosen catalog
 * (its own extension file) and stores a copy under `locale` in storage.local, so the content script can use
 * it without any web-accessible resource.
 */
export const LANGUAGES = ['en', 'nb', 'nn', 'uk', 'ru', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export interface Chosen {
  lang: Language;
  catalog: Catalog;
}

/** The storage.local key of the chosen catalog. */
export const LOCALE_KEY = 'locale';

export const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

export const directionOf = (lang: string): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/** A message with its named placeholders filled the way browser.i18n does ($NAME$ → content → $1…). */
export function format(entry: Catalog[string] | undefined, subs: readonly string[]): string {
  if (!entry || typeof entry.message !== 'string') return '';
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** A stored `locale` value, if it is one (anything else is ignored: the browser's language applies). */
export function asChosen(value: unknown): Chosen | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lang, catalog } = value as { lang?: unknown; catalog?: unknown };
  if (!isLanguage(lang) || typeof catalog !== 'object' || catalog === null) return undefined;
  return { lang, catalog: catalog as Catalog };
}
