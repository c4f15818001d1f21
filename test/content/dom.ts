import { JSDOM } from 'jsdom';
import { fixturePage } from '../shared/fixture-page.ts';

/** A fixture page as a DOM. `scripts` runs its inline scripts (for pages that build their form late). */
export function loadFixture(name: string, { scripts = false } = {}): JSDOM {
  return new JSDOM(fixturePage(name), {
    url: 'http://selfservice.udi.no/',
    runScripts: scripts ? 'dangerously' : undefined,
    pretendToBeVisual: true,
  });
}

export function domOf(html: string): JSDOM {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url: 'http://selfservice.udi.no/' });
}
