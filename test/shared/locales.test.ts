import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import nb from '../../public/_locales/nb/messages.json' with { type: 'json' };

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
const locales: Record<string, Record<string, Entry>> = { en, nb };
const placeholdersIn = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();

describe('locales', () => {
  it('nb has exactly the keys of en', () => {
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(locales))('%s: every message uses exactly the placeholders it declares', (lang) => {
    for (const [key, entry] of Object.entries(locales[lang] ?? {})) {
      const declared = Object.keys(entry.placeholders ?? {}).sort();
      expect(placeholdersIn(entry.message), `${lang} ${key}`).toEqual(declared);
      expect(declared, `${lang} ${key} declares the same placeholders as en`).toEqual(
        Object.keys((en as Record<string, Entry>)[key]?.placeholders ?? {}).sort(),
      );
    }
  });

  it('every en message has a description for translators', () => {
    for (const [key, entry] of Object.entries(en as Record<string, Entry>)) {
      expect(entry.description, key).toBeTruthy();
    }
  });

  it.each(Object.keys(locales))('%s: link addresses are https on udi.no or idporten.no only', (lang) => {
    const urls = Object.entries(locales[lang] ?? {}).filter(([key]) => key.endsWith('_url'));
    expect(urls.length).toBeGreaterThan(0);
    for (const [key, { message }] of urls) {
      const url = new URL(message);
      expect(url.protocol, key).toBe('https:');
      expect(url.hostname, key).toMatch(/^www\.(udi|idporten)\.no$/);
    }
  });
});
