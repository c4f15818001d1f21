// @ts-check
// Size budgets on the built output (gzip level 9), checked by `npm test` after the build.
// The content script (the form finder) runs on every UDI page load; the mount code only in frames where it
// found a password form; the popup opens on every click of the toolbar icon. The strength estimator
// (zxcvbn-ts and its word lists) loads only once a password UDI accepts is typed, on UDI's pages and in the popup: the background
// injects it into that frame, and the popup's checker loads the same file as a script (one copy in the
// package). It is nowhere in the popup's imports, so the popup's up-front budget does not count it; its
// own budget is the measured size plus a little margin, so a new word list or language pack is a decision
// made here, not drift.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = [
  { name: 'form finder (every UDI page)', budget: 6 * KB, entry: 'src/content/index.js' },
  { name: 'mount code (frames with a password form)', budget: 13 * KB, entry: 'src/content/mounts.js' },
  // Injected the first time a refused character is typed (src/content/parts.ts).
  { name: 'explanation engine (after a refused character)', budget: 6 * KB, entry: 'src/content/explain.js' },
  // The hardening issue asks 25 KB. Measured floor with the chosen stack: preact + hooks 6.2, the policy
  // engine (the checker) 6.5 and zod/mini as used 6.1 KB, before the popup's own ≈ 8 KB of code and CSS;
  // 25 KB needs zod out of the popup (a stack decision, left open on that issue). Until then: 27 KB.
  { name: 'popup (JS + CSS)', budget: 27 * KB, entry: 'src/popup/index.html' },
  // Measured 822 KB, nearly all word lists: zxcvbn-ts's common passwords (≈ 200) and diceware words (17),
  // its English words, names and Wikipedia words (≈ 600), the Arabic pack's names and our Norwegian words
  // (≈ 2 each), keyboard layouts (3); zxcvbn-ts's own code is ≈ 12.
  {
    name: 'strength estimator (at the first password UDI accepts)',
    budget: 840 * KB,
    entry: 'src/content/strength.js',
  },
];

/**
 * `entry` and every file it loads: scripts and styles of an HTML page, static and dynamic JS imports.
 * @param {string} root @param {string} entry @returns {string[]}
 */
function filesLoadedBy(root, entry) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} file */
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    const refs = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
      : [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.(?:js|css))["'`]/g)].map(
          (m) => m[1],
        );
    for (const ref of refs) {
      if (ref) visit(ref.startsWith('/') ? ref.slice(1) : relative(root, join(root, dirname(file), ref)));
    }
  };
  visit(entry);
  return [...seen].filter((file) => /\.(js|css)$/.test(file));
}

let failed = false;
for (const target of ['chrome', 'firefox']) {
  const root = join('dist', target);
  for (const { name, budget, entry } of BUDGETS) {
    const list = filesLoadedBy(root, entry);
    if (list.length === 0) throw new Error(`${root}/${entry} is missing: run \`npm run build\` first.`);
    const size = list.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(root, file)), { level: 9 }).length,
      0,
    );
    const ok = size <= budget;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${target} ${name}: ${(size / KB).toFixed(2)} KB gzip (budget ${budget / KB} KB; ${list.length} files)`,
    );
  }
}
if (failed) {
  console.error('A size budget is exceeded: see above.');
  process.exit(1);
}
