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
    // Give a content script the time it would need to run before concluding it did not.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.$(HOST)).toBeNull();
    await page.close();
  });

  it('reports what the test build caught, from a page still open and from one a test closed', async () => {
    // What src/content/contain.ts writes in the test build; the suite fails every test after which it is there.
    const mark = (count: string) => document.documentElement.setAttribute('data-udi-helper-errors', count);
    const open = await ctx().browser.newPage();
    await open.goto('http://selfservice.udi.no/no-password.html');
    await open.evaluate(mark, '2');
    const closed = await ctx().browser.newPage();
    await closed.goto('http://example.org/no-password.html');
    await closed.evaluate(mark, '1');
    await closed.close();
    const caught = await ctx().browser.caughtErrors();
    expect(caught).toHaveLength(2);
    expect(caught.join('\n')).toMatch(/example\.org.*1 caught[\s\S]*selfservice\.udi\.no.*2 caught/);
    expect(await ctx().browser.caughtErrors()).toEqual([]); // read once, then cleared
    await open.close();
  });

  it('renders the popup page', async () => {
    const page = await openExtensionPage(ctx(), 'main h1');
    const heading = await page.$eval('main h1', (el) => el.textContent);
    expect(heading).toBe('UDI login helper');
    await page.close();
  });
});
