import type { Target } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { Launched } from './harness/browsers.ts';
import {
  CHECK,
  expectExplained,
  expectVerdict,
  fillLike,
  piercedDom,
  typeInto,
  udiAccepts,
} from './harness/page-helpers.ts';
import { describeInBrowsers, openExtensionPage } from './harness/suite.ts';

// Distinct enough to find anywhere, and refused by UDI (so every explanation path renders).
const SENTINEL = 'Zq7Sentinel£Wx';
const PASTED = 'Pq4Pasted§Kv';

describeInBrowsers('the password never leaves the field', (ctx) => {
  it('is nowhere in the page, our host, storage or any console after typing and pasting', async () => {
    const { browser } = ctx();
    const { page, consoleLines } = await typeSentinel(browser);
    await fillLike(page, '#confirm', PASTED, 'paste');
    await page.focus('#email');
    await new Promise((r) => setTimeout(r, 1200)); // past the status announcement's pause

    // Everything the page can read: markup, every attribute (ours included), text.
    const visible = await page.evaluate(() => {
      const attrs = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => a.value),
      );
      return [document.documentElement.outerHTML, document.body.textContent, ...attrs].join('\n');
    });
    expect(visible).toContain('data-udi-helper'); // the overlay is there…
    // The handshake between the form finder and the mount code lives in the isolated world only.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /udi/i.test(k)))).toEqual([]);
    for (const secret of [SENTINEL, PASTED]) expect(visible).not.toContain(secret); // …and holds no password

    if (browser.name === 'chromium') {
      // Chromium lets the test pierce our closed shadow root: its text and attributes hold no password.
      const tree = await piercedDom(page);
      expect(tree).toContain('UDI password check'); // proves the closed root was pierced
      const withoutFieldValues = tree.replaceAll(/"value":"[^"]*"/g, '');
      for (const secret of [SENTINEL, PASTED]) expect(withoutFieldValues).not.toContain(secret);
    }

    const extensionPage = await openExtensionPage(ctx(), 'body');
    const stored = await extensionPage.evaluate(async () => {
      type Area = { get(keys: null): Promise<unknown> };
      type Api = { storage?: Partial<Record<'local' | 'session' | 'sync', Area>> };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = scope.browser ?? scope.chrome;
      const dump: Record<string, unknown> = {};
      for (const area of ['local', 'session', 'sync'] as const) {
        const storage = api?.storage?.[area];
        if (storage) dump[area] = await storage.get(null);
      }
      return JSON.stringify(dump);
    });
    for (const secret of [SENTINEL, PASTED]) expect(stored).not.toContain(secret);
    for (const secret of [SENTINEL, PASTED]) expect(consoleLines.join('\n')).not.toContain(secret);
    expect(await page.$(CHECK)).not.toBeNull();
    await extensionPage.close();
    await page.close();
  });

  it('is in no runtime message and no network request; the extension itself requests nothing', async () => {
    const { browser, server } = ctx();
    // An extension page hears every message a content script sends, as the background does.
    const listener = await openExtensionPage(ctx(), 'body');
    const extensionConsole: string[] = [];
    listener.on('console', (message) => extensionConsole.push(message.text()));
    await listener.evaluate(() => {
      type Api = { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api; heard: string[] };
      scope.heard = [];
      (scope.browser ?? scope.chrome)?.runtime.onMessage.addListener((m) => {
        scope.heard.push(JSON.stringify(m));
      });
    });
    const fromExtension = await watchExtensionRequests(ctx().browser);
    const before = server.requests.length;

    const { page, consoleLines } = await typeSentinel(browser);
    // Keyboard only, through our closed root: "Show the characters", then "Generate" (the first button is
    // there once the explanations are).
    await expectExplained(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectVerdict(page, 'ok');
    const generated = await page.$eval('#password', (el) => (el as HTMLInputElement).value);
    expect(udiAccepts(generated)).toBe(true);
    await fillLike(page, '#confirm', PASTED, 'paste');
    await page.focus('#email');
    await new Promise((r) => setTimeout(r, 1200));

    const heard = await listener.evaluate(() => (globalThis as unknown as { heard: string[] }).heard);
    // The parts' requests (the mount code; the explanations once the sentinel's refused characters came;
    // the strength estimator at the first accepted password), and nothing else: no page data, no password.
    expect(heard.sort()).toEqual(
      ['mounts', 'explain', 'strength'].map((part) => JSON.stringify({ type: 'inject', part })).sort(),
    );
    const seen = server.requests.slice(before);
    expect(seen.map((r) => `${r.method} ${r.host}${r.path}`)).toContain(
      'GET selfservice.udi.no/create-account.html',
    );
    const everything = [...seen.map((r) => r.raw), ...consoleLines, ...extensionConsole, ...fromExtension()];
    for (const secret of [SENTINEL, PASTED, generated]) expect(everything.join('\n')).not.toContain(secret);
    // Nothing the proxy saw came from an extension page or the background.
    expect(seen.filter((r) => /^(chrome|moz)-extension:/.test(r.initiator))).toEqual([]);
    expect(fromExtension()).toEqual([]);
    await page.close();
    await listener.close();
  });
});

/** A sign-up page with the sentinel typed into its password field, and the page's console from the start. */
async function typeSentinel(browser: Launched) {
  const page = await browser.newPage();
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.goto('http://selfservice.udi.no/create-account.html');
  await typeInto(page, '#password', SENTINEL);
  await expectVerdict(page, 'refused');
  return { page, consoleLines };
}

/**
 * Chromium only: every network request made by an extension target (background worker, extension pages),
 * seen through CDP. Firefox's BiDi cannot attach to them; there the proxy's record has to do.
 */
async function watchExtensionRequests({ name, browser }: Launched): Promise<() => string[]> {
  const urls: string[] = [];
  if (name !== 'chromium') return () => urls;
  const attach = async (target: Target) => {
    if (!target.url().startsWith('chrome-extension://')) return;
    const session = await target.createCDPSession().catch(() => undefined);
    if (!session) return;
    session.on('Network.requestWillBeSent', (event) => {
      if (!event.request.url.startsWith('chrome-extension://')) urls.push(event.request.url);
    });
    await session.send('Network.enable').catch(() => {});
  };
  await Promise.all(browser.targets().map(attach));
  browser.on('targetcreated', attach);
  return () => urls;
}
