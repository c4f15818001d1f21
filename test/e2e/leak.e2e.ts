import { expect, it } from 'vitest';
import { CHECK, expectVerdict, fillLike, piercedDom, typeInto } from './harness/page-helpers.ts';
import { describeInBrowsers, openExtensionPage } from './harness/suite.ts';

// Distinct enough to find anywhere, and refused by UDI (so every explanation path renders).
const SENTINEL = 'Zq7Sentinel£Wx';
const PASTED = 'Pq4Pasted§Kv';

describeInBrowsers('the password never leaves the field', (ctx) => {
  it('is nowhere in the page, our host, storage or any console after typing and pasting', async () => {
    const { browser } = ctx();
    const page = await browser.newPage();
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await page.goto('http://selfservice.udi.no/create-account.html');
    await typeInto(page, '#password', SENTINEL);
    await expectVerdict(page, 'refused');
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
});
