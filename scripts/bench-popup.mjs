// @ts-check
// How fast the popup paints, from the built dist/: `npm run build && node scripts/bench-popup.mjs
// [--runs=20] [--firefox]`. For each run it opens the popup page in a fresh tab and reads the page's own
// first-contentful-paint; it also opens a one-heading blank page of the same extension (added to a temporary
// copy of dist/, never to dist/ itself) the same way, so what the browser spends on any new extension tab
// (large on a busy, headless CI machine) can be told apart from what the popup adds. In Chromium it also
// reports the popup's main-thread work (script, style, layout) from the DevTools metrics.
// The budget (100 ms) applies to what the popup adds: its median paint minus the blank page's median.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 20);
const BUDGET_MS = 100;
const POPUP = 'src/popup/index.html';
const BLANK = 'bench-blank.html';
const FIREFOX_UUID = '6f1c2f5e-4b7a-4e0f-9d1e-2b8f6a9c0d31';
const GECKO_ID = 'udi-login-helper@udi-helper.github.io';

/** Waits for the page's first contentful paint (and, for the popup, its section buttons). */
const firstPaint = (/** @type {import('puppeteer-core').Page} */ page, /** @type {boolean} */ popup) =>
  page.evaluate(
    (isPopup) =>
      new Promise((done) => {
        const read = () => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          if (fcp !== undefined && (!isPopup || document.querySelector('nav button'))) done(fcp);
          else setTimeout(read, 10);
        };
        read();
      }),
    popup,
  );

/** Opens `url` in a new tab and returns its first paint (ms) and, in Chromium, its main-thread work. */
async function open(
  /** @type {import('puppeteer-core').Browser} */ browser,
  /** @type {string} */ url,
  popup = false,
) {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 600 });
  // Firefox's BiDi goto to moz-extension:// may never settle: start it and poll the page instead.
  const going = page.goto(url).catch(() => {});
  if (!url.startsWith('moz-extension:')) await going;
  let fcp;
  for (let tries = 0; fcp === undefined && tries < 200; tries++) {
    fcp = await firstPaint(page, popup).catch(() => undefined);
    if (fcp === undefined) await new Promise((r) => setTimeout(r, 50));
  }
  if (fcp === undefined) throw new Error(`${url}: no paint measured`);
  let work = Number.NaN;
  if (popup && url.startsWith('chrome-extension:')) {
    const m = await page.metrics();
    work = ((m.ScriptDuration ?? 0) + (m.RecalcStyleDuration ?? 0) + (m.LayoutDuration ?? 0)) * 1000;
  }
  await page.close();
  return { fcp: /** @type {number} */ (fcp), work };
}

const median = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? Number.NaN;
const ms = (/** @type {number} */ x) => `${x.toFixed(0)} ms`;

async function bench(/** @type {'chromium' | 'firefox'} */ name) {
  const built = resolve('dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(resolve(built, 'manifest.json')))
    throw new Error(`${built} is missing: npm run build first`);
  const dist = mkdtempSync(join(tmpdir(), 'udi-bench-'));
  cpSync(built, dist, { recursive: true });
  writeFileSync(join(dist, BLANK), '<!doctype html><meta charset="utf-8"><title>blank</title><h1>blank</h1>');
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
          headless: true,
          pipe: true,
          enableExtensions: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
          headless: true,
          args: ['--remote-allow-system-access'],
          env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
          },
        });
  try {
    const id = await browser.installExtension(dist);
    const base = name === 'chromium' ? `chrome-extension://${id}/` : `moz-extension://${FIREFOX_UUID}/`;
    const url = base + POPUP;
    const cold = await open(browser, url, true);
    const popup = [];
    const blank = [];
    for (let i = 0; i < runs; i++) {
      popup.push(await open(browser, url, true));
      blank.push(await open(browser, base + BLANK));
    }
    const fcp = popup.map((r) => r.fcp);
    const added = median(fcp) - median(blank.map((r) => r.fcp));
    console.log(
      `${name}: popup first contentful paint, ${runs} runs: median ${ms(median(fcp))}, p95 ${ms(p95(fcp))}`,
    );
    console.log(`${name}: blank extension page in a new tab: median ${ms(median(blank.map((r) => r.fcp)))}`);
    console.log(
      `${name}: added by the popup: ${ms(added)} (budget ${BUDGET_MS} ms); cold first open ${ms(cold.fcp)}`,
    );
    if (name === 'chromium') {
      console.log(
        `${name}: popup main-thread work (script + style + layout): median ${ms(median(popup.map((r) => r.work)))}`,
      );
    }
    return added <= BUDGET_MS;
  } finally {
    await browser.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

let ok = await bench('chromium');
if (process.argv.includes('--firefox')) ok = (await bench('firefox')) && ok;
console.log(ok ? 'ok: the popup adds less than the budget to a first paint' : 'OVER: see above');
process.exitCode = ok ? 0 : 1;
