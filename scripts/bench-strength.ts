// `npm run bench:strength`: figures for the strength estimator (not assertions).
// - gzip size of src/content/strength.js, the one file both UDI's pages (injected) and the popup load;
// - node: evaluating the built file, the first estimate (which ranks the word lists: in node it comes
//   before the timer strength-entry.ts sets for that), and the median of one estimate for typical passwords;
// - Chromium, a UDI page: the background's scripting.executeScript of the file into the tab (load, parse,
//   evaluate), the time until a first estimate has returned (the ranking runs in a task of its own in
//   between), the longest task the page saw meanwhile, and the estimates, in the extension's isolated
//   world where the mount code will call it;
// - Chromium, the popup: the same, loading the file as the checker does (a script element).
import { readFileSync, statSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import type { Page, WebWorker } from 'puppeteer-core';
import { PARTS } from '../src/content/parts.ts';

const STRENGTH_FILE = PARTS.strength;

import type { StrengthVerdict } from '../src/strength/estimate.ts';
import { launch } from '../test/e2e/harness/browsers.ts';
import { startFixtureServer } from '../test/e2e/harness/server.ts';

const RUNS = 20;
const PASSWORDS = [
  'Passord1',
  'Sommer2024',
  'Qwerty123',
  'Nordmann1990',
  'Korrekt1HestBatteriStift',
  'tV8kWq2mRzL5Hx3N', // as Generate makes them: 16, 20 and 64 characters
  'q7RkT2mWvX9bLz4NcH8s',
  'Fh3kP9sLq2WmZ7xV4bN8rT6yJ1cD5gA0eU3iO9pL2kM7nB4vC8xZ6qW1sE5rT0yU',
] as const;
const EMAIL = ['ola.nordmann@example.com'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

type Estimate = (password: string, userInputs?: readonly string[]) => StrengthVerdict;
interface Figures {
  load: number;
  first: number;
  medians: Record<string, number>;
}

/** Runs in the page or the popup (serialised by puppeteer): the estimates, timed where they run. */
function timeEstimates(passwords: readonly string[], email: string[], runs: number) {
  const parts = (globalThis as unknown as Record<string, { strength: Estimate }>).__udiLoginHelperParts;
  const estimate = parts?.strength as Estimate;
  let start = performance.now();
  estimate('Warmup123', email);
  const first = performance.now() - start;
  const medians: Record<string, number> = {};
  for (const password of passwords) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      start = performance.now();
      estimate(password, email);
      times.push(performance.now() - start);
    }
    if (runs) medians[password] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  }
  return { first, medians };
}

/** In the page (main world): record the duration of every long task (> 50 ms) from now on. */
function watchLongTasks() {
  const seen: number[] = [];
  (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  }).observe({ type: 'longtask' });
}
const longTasks = () => (globalThis as unknown as { __longTasks: number[] }).__longTasks;

function report(
  where: string,
  figures: Figures,
  loadLabel: string,
  firstLabel = 'the first estimate after it',
): void {
  console.log(`\n${where}`);
  console.log(`  ${loadLabel}: ${ms(figures.load)}; ${firstLabel}: ${ms(figures.first)}`);
  for (const [password, time] of Object.entries(figures.medians)) {
    const shown = password.length > 24 ? `${password.slice(0, 20)}… (${password.length})` : password;
    console.log(`  one estimate, median of ${RUNS}: ${shown.padEnd(28)} ${ms(time)}`);
  }
}

for (const target of ['chrome', 'firefox']) {
  const file = `dist/${target}/${STRENGTH_FILE}`;
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(
    `${file}: ${(gzip / 1024).toFixed(1)} KB gzip, ${(statSync(file).size / 1024 / 1024).toFixed(2)} MB raw` +
      ' (the popup loads this same file: no separate chunk)',
  );
}

// node: the built file, evaluated as the browser would (an IIFE that registers itself on the global).
{
  const code = readFileSync(`dist/chrome/${STRENGTH_FILE}`, 'utf8');
  const start = performance.now();
  runInThisContext(code);
  const load = performance.now() - start;
  report(
    `node ${process.version}`,
    { load, ...timeEstimates(PASSWORDS, EMAIL, RUNS) },
    'evaluate the built file',
    'the first estimate, which ranks the word lists',
  );
}

const server = await startFixtureServer();
const chromium = await launch('chromium', server.port);
try {
  const workerTarget = await chromium.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${chromium.extensionId}/`),
  );
  const worker = (await workerTarget.worker()) as WebWorker;

  // A UDI page: inject as the background does on the mount code's request, into a fresh tab each time.
  // "Ready": from the injection's start until a first estimate has returned (the word lists are ranked
  // in a task of their own right after the file is evaluated: strength-entry.ts).
  const page = { load: [] as number[], ready: [] as number[], longest: [] as number[] };
  let estimates: Omit<Figures, 'load'> | undefined;
  for (let i = 0; i < 5; i++) {
    const tab: Page = await chromium.newPage();
    await tab.goto('http://selfservice.udi.no/create-account.html');
    await tab.evaluate(watchLongTasks);
    // As a string, so the timing function arrives as a real function (an extension's CSP forbids
    // building one from text there) that executeScript can run in the page's isolated world.
    const run = (await worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ url: '*://selfservice.udi.no/*' });
      const target = { tabId: tab.id };
      const start = Date.now();
      await chrome.scripting.executeScript({ target, files: [${JSON.stringify(STRENGTH_FILE)}] });
      const load = Date.now() - start;
      const [done] = await chrome.scripting.executeScript({
        target,
        func: ${timeEstimates.toString()},
        args: [${JSON.stringify(PASSWORDS)}, ${JSON.stringify(EMAIL)}, ${i === 0 ? RUNS : 0}],
      });
      return { load, ready: Date.now() - start, timed: done.result };
    })()`)) as { load: number; ready: number; timed: Omit<Figures, 'load'> };
    page.load.push(run.load);
    page.ready.push(run.ready);
    page.longest.push(Math.max(0, ...(await tab.evaluate(longTasks))));
    estimates ??= run.timed;
    await tab.close();
  }
  if (estimates) {
    report(
      'Chromium, a UDI page (isolated world)',
      { load: median(page.load), ...estimates },
      'executeScript of the file, median of 5 fresh tabs',
    );
    console.log(
      `  ready (injection start → first estimate returned): median ${ms(median(page.ready))}; ` +
        `longest task on the page meanwhile: median ${ms(median(page.longest))}`,
    );
  }

  // The popup: the checker's script element, in a fresh popup each time.
  const popup = { load: [] as number[], ready: [] as number[], longest: [] as number[] };
  let popupEstimates: Omit<Figures, 'load'> | undefined;
  for (let i = 0; i < 5; i++) {
    const tab = await chromium.newPage();
    await tab.goto(chromium.extensionUrl());
    await tab.evaluate(watchLongTasks);
    const start = Date.now();
    const load = await tab.evaluate(
      (src) =>
        new Promise<number>((resolve) => {
          const script = document.createElement('script');
          script.src = `/${src}`;
          const begin = performance.now();
          script.onload = () => resolve(performance.now() - begin);
          document.head.append(script);
        }),
      STRENGTH_FILE,
    );
    const timed = await tab.evaluate(timeEstimates, [...PASSWORDS], EMAIL, i === 0 ? RUNS : 0);
    popup.ready.push(Date.now() - start);
    popup.load.push(load);
    popup.longest.push(Math.max(0, ...(await tab.evaluate(longTasks))));
    popupEstimates ??= timed;
    await tab.close();
  }
  if (popupEstimates) {
    report(
      'Chromium, the popup',
      { load: median(popup.load), ...popupEstimates },
      'script element load + evaluate, median of 5 fresh popups',
    );
    console.log(
      `  ready (script added → first estimate returned): median ${ms(median(popup.ready))}; ` +
        `longest task meanwhile: median ${ms(median(popup.longest))}`,
    );
  }
} finally {
  await chromium.close();
  await server.close();
}
