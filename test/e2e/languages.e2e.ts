import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { CHECK, expectVerdict, piercedDom, typeInto } from './harness/page-helpers.ts';
import { describeInBrowsers, openExtensionPage, type SuiteContext } from './harness/suite.ts';

// The browser's UI language decides ours (Chromium --lang, Firefox intl.locale.requested with Debian's
// language packs). Each case checks a translated string and the text direction in popup and overlay.
const CASES = [
  { lang: 'nb', locale: 'nb-NO', dir: 'ltr' },
  { lang: 'uk', locale: 'uk', dir: 'ltr' },
  { lang: 'ar', locale: 'ar', dir: 'rtl' },
] as const;

const message = (lang: string, key: string): string =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'))[key].message;

for (const { lang, locale, dir } of CASES) {
  const expected = message(lang, 'extName');
  describeInBrowsers(
    `in ${lang}`,
    (ctx) => {
      it(`shows the popup in ${lang}, ${dir}`, async () => {
        const page = await openExtensionPage(ctx(), 'main h1');
        expect(await page.$eval('main h1', (el) => el.textContent)).toBe(expected);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
        await page.close();
      });

      it(`lays the overlay out ${dir} under the field`, async () => {
        const page = await ctx().browser.newPage();
        await page.goto('http://selfservice.udi.no/create-account.html');
        await typeInto(page, '#password', 'abc');
        await expectVerdict(page, 'incomplete');
        const box = await page.$eval(CHECK, (el) => el.getBoundingClientRect().top);
        const field = await page.$eval('#password', (el) => el.getBoundingClientRect().bottom);
        expect(box).toBeGreaterThanOrEqual(field);
        if (ctx().browser.name === 'chromium') {
          const tree = await piercedDom(page);
          expect(tree).toContain(message(lang, 'overlay_title'));
          expect(tree).toContain(`"dir","${dir}"`);
        }
        await page.close();
      });
    },
    { lang: locale },
  );
}

/** Opens the popup until its heading reads `heading` (the choice is saved, then the popup reloads itself). */
async function popupShowing(ctx: SuiteContext, heading: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const page = await openExtensionPage(ctx, 'main h1');
    if ((await page.$eval('main h1', (el) => el.textContent)) === heading) return page;
    await page.close();
    if (Date.now() > deadline) throw new Error(`the popup never showed "${heading}"`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describeInBrowsers('a language chosen in the popup', (ctx) => {
  it('overrides the browser’s language in the popup and on UDI’s pages, and can be undone', async () => {
    const popup = await openExtensionPage(ctx(), 'main h1');
    await popup.click('nav button[data-view="settings"]');
    await popup.waitForSelector('#settings-language');
    // Choosing re-renders this popup in place (no reload: the select stays where the applicant is)…
    await popup.select('#settings-language', 'ar');
    await popup.waitForFunction(
      (title) =>
        document.querySelector('main h1')?.textContent === title && document.documentElement.dir === 'rtl',
      {},
      message('ar', 'extName'),
    );
    expect(await popup.$eval('#settings-language', (el) => (el as HTMLSelectElement).value)).toBe('ar');
    // …and a fresh popup shows the choice too.
    const arabic = await popupShowing(ctx(), message('ar', 'extName'));
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await popup.close().catch(() => {});

    const page = await ctx().browser.newPage();
    await page.goto('http://selfservice.udi.no/create-account.html');
    await typeInto(page, '#password', 'abc');
    await expectVerdict(page, 'incomplete');
    if (ctx().browser.name === 'chromium') {
      const tree = await piercedDom(page);
      expect(tree).toContain(message('ar', 'overlay_title'));
      expect(tree).toContain('"dir","rtl"');
    }
    await page.close();

    await arabic.click('nav button[data-view="settings"]');
    await arabic.waitForSelector('#settings-language');
    await arabic.select('#settings-language', '').catch(() => {});
    const english = await popupShowing(ctx(), message('en', 'extName'));
    expect(await english.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await Promise.all([arabic.close().catch(() => {}), english.close()]);
  });
});
