// @ts-check
// `npm run build`: dist/chrome and dist/firefox from one source, the store zips beside them, and the
// test builds the e2e suite loads (dist/test/<target>: vite.config.ts says how they differ).
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { zipDirectory } from './zip.mjs';

const { version } = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
const started = performance.now();
for (const target of /** @type {const} */ (['chrome', 'firefox'])) {
  await build({ mode: target, logLevel: 'warn' });
  const zip = `dist/udi-login-helper-${target}-${version}.zip`;
  await zipDirectory(`dist/${target}`, zip);
  console.log(`built dist/${target} and ${zip}`);
  await build({ mode: `${target}-test`, logLevel: 'warn' });
  console.log(`built dist/test/${target}`);
}
console.log(`build took ${((performance.now() - started) / 1000).toFixed(1)} s`);
