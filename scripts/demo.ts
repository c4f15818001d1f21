// `npm run demo`: serves the fixture pages and opens Chromium with the extension loaded (headed when a
// display exists). `npm run demo -- --screenshots` writes PNGs of the overlay's states to docs/screenshots;
// `npm run demo -- --store` writes the stores' screenshots (1280 × 800, what the Chrome Web Store asks and
// addons.mozilla.org takes) in English and Norwegian to docs/store/<lang>/ (scripts/store-shots.ts).
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch } from '../test/e2e/harness/browsers.ts';
import { expectVerdict, fillLike, typeInto } from '../test/e2e/harness/page-helpers.ts';
import { startFixtureServer } from '../test/e2e/harness/server.ts';

const OUT = 'docs/screenshots';
const screenshots = process.argv.includes('--screenshots');
if (process.argv.includes('--store')) {
  await import('./store-shots.ts');
  process.exit(0);
}
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);

const server = await startFixtureServer();
const headed = !screenshots && Boolean(process.env.DISPLAY);
const browser = await launch('chromium', server.port, { lang, headless: !headed });
const url = (path: string) => `http://selfservice.udi.no/${path}`;

if (!screenshots) {
  const page = await browser.newPage();
  await page.goto(url('create-account.html'));
  console.log(`Demo running${headed ? '' : ' headless (no DISPLAY)'}: ${url('create-account.html')}`);
  console.log('Fixture pages: test/fixtures/*.html on any *.udi.no host. Ctrl+C to stop.');
  process.on('SIGINT', async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  });
} else {
  mkdirSync(OUT, { recursive: true });
  const suffix = lang ? `-${lang}` : '';
  const shot = async (page: Page, name: string) => {
    const form = await page.$('form');
    await (form ?? page).screenshot({ path: `${OUT}/${name}${suffix}.png` });
    console.log(`wrote ${OUT}/${name}${suffix}.png`);
  };
  const fresh = async (path: string) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 720, height: 900 });
    // tsx keeps function names with a `__name` helper; functions puppeteer sends to the page need it too.
    await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
    await page.goto(url(path));
    return page;
  };

  let page = await fresh(lang === 'nb' ? 'nb-registrer.html' : 'create-account.html');
  const field = lang === 'nb' ? '#passord' : '#password';
  await typeInto(page, field, 'abc1');
  await expectVerdict(page, 'incomplete');
  await shot(page, 'typing-incomplete');

  page = await fresh('create-account.html');
  await fillLike(page, '#password', 'xK9#mP2$vLæ5!', 'bitwarden');
  await expectVerdict(page, 'refused');
  await shot(page, 'filled-refused');

  page = await fresh('create-account.html');
  await typeInto(page, '#password', 'abc');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectVerdict(page, 'ok');
  await shot(page, 'generated-ok');

  page = await fresh('login.html');
  await page.waitForSelector('[data-udi-helper="login-hint"]');
  await shot(page, 'login-hint');

  const popup = await browser.newPage();
  await popup.setViewport({ width: 380, height: 640 });
  await popup.goto(browser.extensionUrl());
  await popup.waitForSelector('main h1');
  await popup.screenshot({ path: `${OUT}/popup${suffix}.png` });
  console.log(`wrote ${OUT}/popup${suffix}.png`);

  await browser.close();
  await server.close();
}
