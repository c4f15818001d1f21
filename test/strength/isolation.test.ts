import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const STRENGTH = join(ROOT, 'src', 'strength');
const sources = readdirSync(STRENGTH).map((name) => ({
  name,
  text: readFileSync(join(STRENGTH, name), 'utf8'),
}));
const imports = (text: string) => [...text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)];

describe('src/strength stays pure and offline', () => {
  it('imports only zxcvbn-ts, its own files and types', () => {
    for (const { name, text } of sources) {
      for (const [, typeOnly, from = ''] of imports(text)) {
        const allowed = from.startsWith('@zxcvbn-ts/') || from.startsWith('./') || Boolean(typeOnly);
        expect(allowed, `${name} imports ${from}`).toBe(true);
      }
      expect(text, name).not.toMatch(/\b(chrome|browser|document|window|localStorage|indexedDB)\./);
    }
  });

  it('never brings in zxcvbn-ts’s network matcher (it asks a web service about a hash of each password)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(deps.filter((d) => d.startsWith('@zxcvbn-ts/')).sort()).toEqual([
      '@zxcvbn-ts/core',
      '@zxcvbn-ts/language-ar',
      '@zxcvbn-ts/language-common',
      '@zxcvbn-ts/language-en',
    ]);
    for (const { name, text } of sources) {
      expect(text, name).not.toMatch(/matcher-pwned|matcherPwned|\bfetch\s*\(|XMLHttpRequest|sendBeacon/);
    }
  });
});
