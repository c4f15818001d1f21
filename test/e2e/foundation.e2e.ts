import { expect, it } from 'vitest';
import { describeInBrowsers, openExtensionPage } from './harness/suite.ts';

const HOST = '[data-udi-helper="password-check"]';

describeInBrowsers('extension loads', (ctx) => {
  it.each(['selfservice.udi.no', 'my.udi.no'])('runs its content script on %s', async (host) => {
    const page = await ctx().browser.newPage();
    await page.goto(`http://${host}/create-account.html`);
    await page.waitForSelector(HOST, { timeout: 10_000 });
    expect(await page.$$eval(HOST, (els) => els.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('does not run on a non-UDI host serving the same page', async () => {
    const page = await ctx().browser.newPage();
    await page.goto('http://example.org/create-account.html');
    await page.waitForSelector('#password');
    // Give a content script the time it would need to run (document_idle) before concluding it did not.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.$(HOST)).toBeNull();
    await page.close();
  });

  it('renders the popup page', async () => {
    const page = await openExtensionPage(ctx(), 'main h1');
    const heading = await page.$eval('main h1', (el) => el.textContent);
    expect(heading).toBe('UDI login helper');
    await page.close();
  });
});
