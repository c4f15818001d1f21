import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARTS } from '../../src/content/parts.ts';

// Audits what the stores receive (dist/, after `npm run build`): exactly the documented permissions, and
// nothing a reviewer would reject. Runs with the e2e project because it needs the build.
const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

const manifest = (target: string) => JSON.parse(readFileSync(join(DIST, target, 'manifest.json'), 'utf8'));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/**
 * What the shipped code must not contain: HTML parsed from strings, code made from strings, and every way
 * to talk to a page, a frame or the network. The content script, the background and the popup create
 * elements and text nodes only, and send nothing anywhere.
 */
const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ['innerHTML', /\binnerHTML\b/g],
  ['outerHTML', /\bouterHTML\b/g],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/g],
  ['document.write', /\bdocument\.write(?:ln)?\b/g],
  // Direct or indirect (`(0, eval)(…)`); not a property or key named eval (the polyfill's API table).
  ['eval', /(?<![.\w$])eval\b(?!\s*:)/g],
  ['the Function constructor', /\bFunction\s*\(/g],
  ['a timer with a string of code', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g],
  ['postMessage', /\bpostMessage\b/g],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/g],
  ['sendBeacon', /\bsendBeacon\b/g],
  ['WebSocket', /\bWebSocket\b/g],
  ['window.name', /\b(?:window|self|globalThis|top|parent|frames)\.name\b/g],
];

/**
 * The one known exception: preact's renderer (in the popup bundle only) sets `innerHTML` for the
 * `dangerouslySetInnerHTML` prop, which the popup never passes (README: web-ext lint warnings). Matched
 * as minified preact 11 writes it, identifiers aside, so any other innerHTML (ours, or a changed preact)
 * fails and has to be looked at.
 */
const PREACT_INNER_HTML =
  /\(([\w$]+)\.__html==([\w$]+)\.__html\|\|\1\.__html==([\w$]+)\.innerHTML\)\|\|\(\3\.innerHTML=\1\.__html\)/g;

/** The shipped file the popup page loads its script from. */
const popupScript = (target: string) => {
  const html = readFileSync(join(DIST, target, 'src', 'popup', 'index.html'), 'utf8');
  const src = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('the popup page loads no script');
  return join(DIST, target, src);
};

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

  it('ships no remote script', () => {
    for (const file of files(join(DIST, target)).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(code, file).not.toMatch(/import\s*\(\s*["']https?:/);
    }
  });

  it('ships no HTML or code made from strings and no channel to pages or the network, but preact’s one innerHTML', () => {
    const shipped = files(join(DIST, target)).filter((f) => /\.(js|html)$/.test(f));
    const preact = shipped.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(PREACT_INNER_HTML)].map(() => relative(DIST, file)),
    );
    // Exactly one, in the popup's bundle, next to preact's own handling of the prop.
    expect(preact).toEqual([relative(DIST, popupScript(target))]);
    expect(readFileSync(popupScript(target), 'utf8')).toContain('dangerouslySetInnerHTML');
    const found = shipped.flatMap((file) => {
      const code = readFileSync(file, 'utf8').replace(PREACT_INNER_HTML, '');
      return FORBIDDEN.flatMap(([name, pattern]) =>
        [...code.matchAll(pattern)].map(
          (m) => `${relative(DIST, file)}: ${name}: …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`,
        ),
      );
    });
    expect(found).toEqual([]);
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

/**
 * `npm run build`'s environment: vitest's NODE_ENV=test would make the JSX transform import preact's
 * jsx-dev-runtime, which the content script's build (vite.config.ts) does not redirect to dom-render.
 */
const BUILD_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
);

describe('the store zips', () => {
  const trees: string[] = [];
  afterAll(() => {
    for (const tree of trees) rmSync(tree, { recursive: true, force: true });
  });

  /** Every file git tracks, as it is in the working tree, in a new directory; no dist/, nothing untracked. */
  const cleanTree = () => {
    const tree = mkdtempSync(join(tmpdir(), 'udi-reproducible-'));
    trees.push(tree);
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && existsSync(join(ROOT, file)));
    for (const file of tracked) cpSync(join(ROOT, file), join(tree, file));
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    return tree;
  };

  it('are byte-identical when built twice from a clean tree in two places', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    const zips = [cleanTree(), cleanTree()].map((tree) => {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: tree, env: BUILD_ENV, stdio: 'pipe' });
      return ['chrome', 'firefox'].map((target) =>
        readFileSync(join(tree, 'dist', `udi-login-helper-${target}-${version}.zip`)),
      );
    });
    const [first, second] = zips as [Buffer[], Buffer[]];
    for (const [index, zip] of first.entries()) {
      expect(zip.length).toBeGreaterThan(10_000);
      expect(zip.equals(second[index] as Buffer), ['chrome', 'firefox'][index]).toBe(true);
    }
  }, 120_000);
});
