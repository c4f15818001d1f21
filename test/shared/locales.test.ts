import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const DIR = join(import.meta.dirname, '..', '..', 'public', '_locales');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(DIR, path), 'utf8')) as T;
const LANGUAGES = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const locales: Record<string, Messages> = Object.fromEntries(
  LANGUAGES.map((l) => [l, read<Messages>(`${l}/messages.json`)]),
);
const en = locales.en as Messages;
// Test data, not shipped: the keys whose message is the same in every language (names, addresses).
const identical = new Set(
  (JSON.parse(readFileSync(join(import.meta.dirname, 'identical-to-en.json'), 'utf8')) as { keys: string[] })
    .keys,
);
const others = LANGUAGES.filter((l) => l !== 'en');
const placeholdersIn = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();

describe('locales', () => {
  it('ship nothing but each language’s messages.json in _locales (no test data in the package)', () => {
    expect(readdirSync(DIR).filter((name) => !LANGUAGES.includes(name))).toEqual([]);
  });

  it('ships every language the issue asks for', () => {
    expect(LANGUAGES).toEqual(['ar', 'en', 'nb', 'nn', 'ru', 'uk']);
  });

  it.each(others)('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(locales[lang] ?? {}).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LANGUAGES)(
    '%s: every message uses exactly the placeholders en declares, and none is empty',
    (lang) => {
      for (const [key, entry] of Object.entries(locales[lang] ?? {})) {
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
        const declared = Object.keys(entry.placeholders ?? {}).sort();
        expect(placeholdersIn(entry.message), `${lang} ${key}`).toEqual(declared);
        expect(declared, `${lang} ${key} declares the same placeholders as en`).toEqual(
          Object.keys(en[key]?.placeholders ?? {}).sort(),
        );
      }
    },
  );

  it.each(others)('%s: no message is left in English unless marked as intentionally identical', (lang) => {
    const same = Object.entries(locales[lang] ?? {})
      .filter(([key, entry]) => entry.message === en[key]?.message && !identical.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('keeps the intentionally identical list to names and addresses', () => {
    for (const key of identical) {
      expect(en[key], key).toBeDefined();
      expect(en[key]?.message, key).toMatch(/^(https:\/\/|ID-porten$|BankID$|Buypass$|Commfides$|MinID$)/);
    }
  });

  it('every en message has a description for translators', () => {
    for (const [key, entry] of Object.entries(en)) expect(entry.description, key).toBeTruthy();
  });

  it.each(LANGUAGES)('%s: the store name and description fit the stores’ limits', (lang) => {
    expect(locales[lang]?.extName?.message.length).toBeLessThanOrEqual(45);
    expect(locales[lang]?.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(LANGUAGES)('%s: link addresses are https on udi.no or idporten.no only', (lang) => {
    const urls = Object.entries(locales[lang] ?? {}).filter(([key]) => key.endsWith('_url'));
    expect(urls.length).toBeGreaterThan(0);
    for (const [key, { message }] of urls) {
      const url = new URL(message);
      expect(url.protocol, key).toBe('https:');
      expect(url.hostname, key).toMatch(/^www\.(udi|idporten)\.no$/);
    }
  });
});
