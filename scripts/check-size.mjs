// @ts-check
// Size budgets on the built output (gzip level 9), checked by `npm test` after the build.
// The content script runs on every UDI page load; the popup opens on every click of the toolbar icon.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = [
  {
    name: 'content script',
    budget: 12 * KB,
    files: (/** @type {string} */ dir) => [join(dir, 'src/content/index.js')],
  },
  {
    name: 'popup (JS + CSS)',
    budget: 25 * KB,
    files: (/** @type {string} */ dir) =>
      readdirSync(join(dir, 'assets'))
        .filter((f) => /\.(js|css)$/.test(f))
        .map((f) => join(dir, 'assets', f)),
  },
];

let failed = false;
for (const target of ['chrome', 'firefox']) {
  for (const { name, budget, files } of BUDGETS) {
    const list = files(join('dist', target));
    const size = list.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    const ok = size <= budget;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${target} ${name}: ${(size / KB).toFixed(2)} KB gzip (budget ${budget / KB} KB)`,
    );
  }
}
if (failed) {
  console.error('A size budget is exceeded: see above.');
  process.exit(1);
}
