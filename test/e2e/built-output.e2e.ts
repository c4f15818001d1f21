import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS } from '../../src/content/parts.ts';

// Audits what the stores receive (dist/, after `npm run build`): exactly the documented permissions, and
// nothing a reviewer would reject. Runs with the e2e project because it needs the build.
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

const manifest = (target: string) => JSON.parse(readFileSync(join(DIST, target, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

describe.each(['chrome', 'firefox'])('the built %s extension', (target) => {
  it('asks for exactly the documented permissions and no more', () => {
    const m = manifest(target);
    expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.host_permissions).toEqual(['https://*.udi.no/*']);
    expect(m.content_scripts).toEqual([
      expect.objectContaining({
        matches: ['https://*.udi.no/*'],
        js: ['src/content/index.js'],
        all_frames: true,
      }),
    ]);
    for (const permission of [...m.permissions, ...m.host_permissions, ...m.optional_host_permissions]) {
      expect(README, `README justifies ${permission}`).toContain(permission);
    }
  });

  it('has no <all_urls>, custom CSP or web-accessible resources', () => {
    const m = manifest(target);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.content_security_policy).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('has a background that can inject the content script’s parts, which pages cannot fetch', () => {
    const m = manifest(target);
    const worker = target === 'chrome' ? m.background.service_worker : m.background.scripts[0];
    expect(statSync(join(DIST, target, worker)).isFile()).toBe(true);
    // Injected by the background only; not listed anywhere a page could reach them.
    for (const file of Object.values(PARTS)) {
      expect(statSync(join(DIST, target, file)).isFile()).toBe(true);
      expect(JSON.stringify(m)).not.toContain(file);
    }
  });

  it('has a strength estimator that cannot send anything anywhere', () => {
    const code = readFileSync(join(DIST, target, PARTS.strength), 'utf8');
    // (Tested as booleans: a failure should not print 1.6 MB of word lists.)
    const has = (pattern: RegExp) => pattern.test(code);
    // zxcvbn-ts's word lists are in it (so this is the estimator)…
    expect(has(/passwords-common/)).toBe(true);
    // …and no way out: no network API, not zxcvbn-ts's network matcher, no storage, no messages.
    expect(has(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts/)).toBe(false);
    expect(has(/matcherPwned|pwnedpasswords/i)).toBe(false);
    expect(
      has(/\.(sendMessage|postMessage|connect)\(|localStorage|sessionStorage|indexedDB|\.storage\./),
    ).toBe(false);
    // One copy: the popup loads this same file; no bundled chunk of it sits beside the popup.
    const copies = files(join(DIST, target)).filter((f) =>
      readFileSync(f, 'utf8').includes('passwords-common'),
    );
    expect(copies).toEqual([join(DIST, target, PARTS.strength)]);
  });

  it('carries none of the test build: no error reports written to the page', () => {
    const code = (dir: string) =>
      files(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    expect(code(join(DIST, target))).not.toContain('data-udi-helper-error');
    // …which the test build does carry, so the check above can fail.
    expect(code(join(DIST, 'test', target))).toContain('data-udi-helper-error');
  });

  it('ships no eval, no Function constructor and no remote script', () => {
    for (const file of files(join(DIST, target)).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*['"`]/);
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(code, file).not.toMatch(/import\s*\(\s*["']https?:/);
    }
  });
});

describe('the Firefox build', () => {
  it('declares a fixed id and that it collects no data', () => {
    expect(manifest('firefox').browser_specific_settings.gecko).toMatchObject({
      id: expect.stringContaining('@'),
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest('chrome').browser_specific_settings).toBeUndefined();
  });
});
