// The stores' screenshots (`npm run demo -- --store`): 1280 × 800 PNGs, the size the Chrome Web Store asks
// for and addons.mozilla.org takes, in English and Norwegian, written to docs/store/<lang>/. The overlay on
// a UDI-like page (typing; a password manager's refused fill; generated) and the popup's advisor answered.
// The test build draws exactly what the shipped one does; it only lets this script find the check.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { type Launched, launch } from '../test/e2e/harness/browsers.ts';
import { CHECK, expectVerdict, fillLike, tabIntoCheck } from '../test/e2e/harness/page-helpers.ts';
import { startFixtureServer } from '../test/e2e/harness/server.ts';

const SIZE = { width: 1280, height: 800 };
const server = await startFixtureServer();

async function page(browser: Launched, path: string): Promise<Page> {
  const p = await browser.newPage();
  await p.setViewport(SIZE);
  // tsx keeps function names with a `__name` helper; functions puppeteer sends to the page need it too.
  await p.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  await p.goto(`http://my.udi.no/${path}`);
  await p.waitForSelector('#newPassword');
  return p;
}

/** Scrolls the check into the middle of the shot and writes it. */
async function shoot(p: Page, file: string): Promise<void> {
  await p.$eval(CHECK, (el) => el.scrollIntoView({ block: 'center' }));
  await new Promise((r) => setTimeout(r, 200));
  await p.screenshot({ path: file });
  console.log(`wrote ${file}`);
  await p.close();
}

for (const lang of ['en', 'nb'] as const) {
  const out = `docs/store/${lang}`;
  mkdirSync(out, { recursive: true });
  const browser = await launch('chromium', server.port, { lang });
  const path = `b2c/selfasserted.html${lang === 'nb' ? '?lang=nb' : ''}`;

  let p = await page(browser, path);
  await p.type('#email', 'anna.berg@example.org');
  await p.click('#newPassword');
  await p.keyboard.type('Sommer2');
  await expectVerdict(p, 'incomplete');
  await shoot(p, `${out}/1-typing.png`);

  p = await page(browser, path);
  await fillLike(p, '#newPassword', 'xK9#mP2$vLæ5!', 'bitwarden');
  await expectVerdict(p, 'refused');
  await p.focus('#newPassword');
  await shoot(p, `${out}/2-manager-fill.png`);

  p = await page(browser, path);
  await p.click('#newPassword');
  await p.keyboard.type('abc');
  await tabIntoCheck(p);
  await p.keyboard.press('Enter');
  await expectVerdict(p, 'ok');
  await p.waitForSelector(`${CHECK}[data-strength]`);
  await shoot(p, `${out}/3-generated.png`);

  // The popup at its own size, centred on a 1280 × 800 canvas (a store screenshot has one size).
  const popup = await browser.newPage();
  await popup.setViewport({ width: 360, height: 760, deviceScaleFactor: 1 });
  await popup.goto(browser.extensionUrl());
  await popup.click('input[name="applicant"][value="family"]');
  await popup.click('input[name="eid"][value="bankid"]');
  // The answer in view: UDI's word for this case, what follows from it.
  await (await popup.waitForSelector('.advice'))?.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const png = await popup.screenshot({ encoding: 'base64', fullPage: false });
  await popup.close();
  const canvas = await browser.newPage();
  await canvas.setViewport(SIZE);
  await canvas.setContent(
    `<body style="margin:0;display:grid;place-items:center;height:100vh;background:#e8eef4">` +
      `<img alt="" style="box-shadow:0 4px 24px #0003;border-radius:8px" src="data:image/png;base64,${png}"></body>`,
  );
  await canvas.screenshot({ path: `${out}/4-advisor.png` });
  console.log(`wrote ${out}/4-advisor.png`);
  await canvas.close();
  await browser.close();
}
await server.close();
