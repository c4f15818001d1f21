import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixturePage } from './fixture-page.ts';

const pages = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter(
  (file) => /\.x?html$/.test(file) && !file.startsWith('_include'),
);

describe('fixture pages with includes', () => {
  it.each(pages)('%s keeps no include unfilled', (page) => {
    expect(fixturePage(page)).not.toMatch(/<!--\s*include/);
  });

  it('fills the shared forms in, indented, into each page that includes them', () => {
    const including = pages.filter(
      (page) => fixturePage(page) !== readFileSync(join(FIXTURES, page), 'utf8'),
    );
    expect(including.length).toBeGreaterThanOrEqual(10);
    for (const page of including) {
      const form = new JSDOM(fixturePage(page)).window.document.querySelector('form[action="/submit"]');
      expect(form?.querySelectorAll('input[type="password"]'), page).toHaveLength(2);
    }
    expect(fixturePage('dialog-form.html')).toMatch(
      /\n {6}<form id="register"[^\n]*\n {8}<label for="email">/,
    );
  });
});
