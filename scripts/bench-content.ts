// `npm run bench:content`: figures for the content script in Chromium (not assertions).
// - gzip size of the built content script (form finder) and of the injected mount code;
// - form inserted → overlay host present (ms), median of 30;
// - keystroke → overlay updated (ms), median of 30;
// - a page doing 10,000 DOM mutations (100 batches, one per frame), with and without the extension,
//   alternated in one run, median of ROUNDS rounds (default 9; `npm run bench:content -- 15`) (overhead %);
// - long tasks (> 50 ms) observed while typing and churning with the extension.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { launch } from '../test/e2e/harness/browsers.ts';
import { startFixtureServer } from '../test/e2e/harness/server.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const gzipKb = (file: string) => (gzipSync(readFileSync(file), { level: 9 }).length / 1024).toFixed(2);
console.log(
  `form finder: ${gzipKb('dist/chrome/src/content/index.js')} KB gzip; ` +
    `mount code: ${gzipKb('dist/chrome/src/content/mounts.js')} KB gzip; ` +
    `explanations: ${gzipKb('dist/chrome/src/content/explain.js')} KB gzip`,
);

const server = await startFixtureServer();
const browser = await launch('chromium', server.port);
const open = async (host: string) => {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  await page.goto(`http://${host}/bench-mutations.html`);
  await page.waitForSelector('#password');
  return page;
};

async function insertionToOverlay(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const form = document.createElement('form');
        form.innerHTML =
          '<h2>Create user account</h2><input type="email"><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"><button>Create</button>';
        const start = performance.now();
        const seen = new MutationObserver(() => {
          if (form.querySelector('[data-udi-helper="password-check"]')) {
            seen.disconnect();
            resolve(performance.now() - start);
            form.remove();
          }
        });
        seen.observe(form, { childList: true, subtree: true });
        document.body.append(form);
      }),
  );
}

async function keystrokeToUpdate(page: Page): Promise<number> {
  await page.focus('#password');
  await page.evaluate(() => {
    (window as unknown as { __t: number }).__t = 0;
    const host = document.querySelector('[data-udi-helper="password-check"]');
    new MutationObserver(() => {
      const w = window as unknown as { __t: number; __start: number };
      if (!w.__t) w.__t = performance.now() - w.__start;
    }).observe(host as Element, { attributes: true });
    document.addEventListener(
      'keydown',
      () => {
        (window as unknown as { __start: number }).__start = performance.now();
        (window as unknown as { __t: number }).__t = 0;
      },
      true,
    );
  });
  const times: number[] = [];
  for (const key of 'Ab1!Cd2@Ef3#Gh4$Ij5%Kl6^Mn7&Op8*Qr9') {
    await page.keyboard.type(key);
    await page
      .waitForFunction(() => (window as unknown as { __t: number }).__t > 0, { timeout: 2000 })
      .catch(() => {});
    times.push(await page.evaluate(() => (window as unknown as { __t: number }).__t));
  }
  return median(times.filter((t) => t > 0));
}

const page = await open('selfservice.udi.no');
const insert: number[] = [];
for (let i = 0; i < 30; i++) insert.push(await insertionToOverlay(page));
console.log(`form inserted → overlay: median ${median(insert).toFixed(2)} ms (one frame = 16.7 ms)`);
console.log(`keystroke → overlay updated: median ${(await keystrokeToUpdate(page)).toFixed(2)} ms`);

await page.evaluate(() => {
  (window as unknown as { __long: number[] }).__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) (window as unknown as { __long: number[] }).__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
});
const runs = { with: [] as number[], without: [] as number[] };
const bare = await open('example.org');
const ROUNDS = Number(process.argv[2]) || 9;
for (let i = 0; i < ROUNDS; i++) {
  // requestAnimationFrame only ticks in the tab in front.
  await page.bringToFront();
  runs.with.push(await page.evaluate(() => (window as unknown as { churn(): Promise<number> }).churn()));
  await bare.bringToFront();
  runs.without.push(await bare.evaluate(() => (window as unknown as { churn(): Promise<number> }).churn()));
}
const w = median(runs.with);
const wo = median(runs.without);
console.log(
  `10,000 mutations, median of ${ROUNDS} alternated rounds: ${w.toFixed(1)} ms with, ${wo.toFixed(1)} ms without → overhead ${(((w - wo) / wo) * 100).toFixed(1)} %`,
);
console.log(
  `  rounds with: ${runs.with.map((t) => t.toFixed(0)).join(' ')}; without: ${runs.without.map((t) => t.toFixed(0)).join(' ')}`,
);
const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
console.log(
  `long tasks during the churn with the extension: ${long.length}${long.length ? ` (${long.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}`,
);
await browser.close();
await server.close();
