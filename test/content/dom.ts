import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A fixture page as a DOM. `scripts` runs its inline scripts (for pages that build their form late). */
export function loadFixture(name: string, { scripts = false } = {}): JSDOM {
  return new JSDOM(readFileSync(join(FIXTURES, name), 'utf8'), {
    url: 'http://selfservice.udi.no/',
    runScripts: scripts ? 'dangerously' : undefined,
    pretendToBeVisual: true,
  });
}

export function domOf(html: string): JSDOM {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url: 'http://selfservice.udi.no/' });
}
