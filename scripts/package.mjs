// @ts-check
// `npm run package`: the two store zips (via the build) plus the source zip AMO reviewers ask for: every
// file git tracks, so a reviewer can run `npm ci && npm run build` and compare with the submitted zip.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { zipDirectory } from './zip.mjs';

const { version } = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter(Boolean)
  .sort();
const out = `dist/udi-login-helper-source-${version}.zip`;
zipDirectory('.', out, files);
console.log(`wrote ${out} (${files.length} files)`);
