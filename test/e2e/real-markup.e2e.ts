import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { CHECK, tabIntoCheck, udiAccepts } from './harness/page-helpers.ts';
import { describeInBrowsers, pagePerTest } from './harness/suite.ts';

// Pages written the way real sites are: the content script once died silently on every page with an
// <svg> (Chromium's dom.openOrClosedShadowRoot throws for non-HTML elements). Each page must get a working
// check under its new-password field, in both browsers, and the extension may catch no error there
// (the suite fails a test on any: harness/browsers.ts).
const PAGES = [
  {
    what: 'inline SVG icons and logos in header, labels, buttons and a show-password toggle',
    path: 'svg-icons.html',
  },
  { what: 'MathML in the text and in a captcha label', path: 'mathml.html', field: '#pw', confirm: '#pw2' },
  {
    what: 'custom elements with an open, a closed and no shadow root, the form in an open one',
    path: 'custom-elements.html',
    field: 'account-form >>> #password',
    confirm: 'account-form >>> #confirm',
  },
  {
    what: '<template>, <object>, and the form in an <iframe srcdoc>',
    path: 'embeds.html',
    frame: 'about:srcdoc',
  },
  { what: 'a page of 10,000 elements', path: 'big-page.html' },
  { what: 'a page served as application/xhtml+xml', path: 'signup.xhtml' },
  { what: 'markup that clobbers globals, document and form properties', path: 'clobbering.html' },
  // A form named like the extension API's global, with a control named like its first member.
  { what: 'a <form id="browser"> whose control is named "runtime"', path: 'clobbering-api.html' },
];

describeInBrowsers('pages written the way real sites are', (ctx) => {
  const { open } = pagePerTest(ctx);

  async function scopeOf(page: Page, frame?: string): Promise<Page | Frame> {
    if (!frame) return page;
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = page.frames().find((f) => f.url() === frame);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no frame ${frame}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The check's verdict, found through open shadow roots (the host sits next to its field). */
  const verdict = (scope: Page | Frame, value: string) =>
    scope.waitForSelector(`>>> ${CHECK}[data-verdict="${value}"]`, { timeout: 5000 });

  it.each(PAGES)(
    'checks and generates on a page with $what',
    async ({ path, field = '#password', confirm = '#confirm', frame }) => {
      const page = await open(`real/${path}`);
      const scope = await scopeOf(page, frame);
      const input = await scope.waitForSelector(field);
      await input?.click();
      await input?.type('abc');
      await verdict(scope, 'incomplete');
      await page.keyboard.type('Æ1');
      await verdict(scope, 'refused');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('DEF12');
      await verdict(scope, 'ok');
      // Generate, by keyboard: Tab on (past a show-password toggle) until the focus is in our panel,
      // whose first button is Generate.
      await input?.click({ count: 3 });
      await page.keyboard.type('abc');
      await verdict(scope, 'incomplete');
      await tabIntoCheck(scope);
      await page.keyboard.press('Enter');
      await verdict(scope, 'ok');
      const values = await Promise.all(
        [field, confirm].map((sel) => scope.$eval(sel, (el) => (el as HTMLInputElement).value)),
      );
      expect(udiAccepts(values[0] ?? '')).toBe(true);
      expect(values[1]).toBe(values[0]);
    },
  );

  it('leaves a show-password icon where the page put it, over the field', async () => {
    const page = await open('real/svg-icons.html');
    await page.click('#password');
    await page.keyboard.type('abc');
    await verdict(page, 'incomplete');
    const [field, toggle] = await page.$$eval('#password, .toggle', (els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom };
      }),
    );
    expect(toggle?.top).toBeGreaterThanOrEqual(field?.top ?? 0);
    expect(toggle?.bottom).toBeLessThanOrEqual(field?.bottom ?? 0);
    // And the panel comes below the whole field, toggle included.
    const panelTop = await page.$eval(CHECK, (el) => el.getBoundingClientRect().top);
    expect(panelTop).toBeGreaterThanOrEqual(field?.bottom ?? 0);
  });
});
