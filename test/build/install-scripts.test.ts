import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

describe('installing without install scripts', () => {
  it('is what CI does', () => {
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/^npm ci --ignore-scripts$/m);
  });

  it('skips only install scripts known to be unneeded', () => {
    // esbuild's postinstall only checks (and on some platforms links) the binary of its optional
    // platform package, which its JavaScript API finds without it. A new package with an install script
    // must be checked the same way (npm ci --ignore-scripts, then npm test) before it is added here.
    const withScripts = Object.entries(lock.packages)
      .filter(([, meta]) => meta.hasInstallScript)
      .map(([path]) => path);
    expect(withScripts).toEqual(['node_modules/esbuild']);
  });
});
