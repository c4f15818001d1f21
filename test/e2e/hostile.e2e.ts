import type { Page } from 'puppeteer-core';
import { afterEach, expect, it } from 'vitest';
import { attr, CHECK, expectVerdict, typeInto, udiAccepts } from './harness/page-helpers.ts';
import { describeInBrowsers } from './harness/suite.ts';

describeInBrowsers('awkward and hostile pages', (ctx) => {
  let page: Page | undefined;
  const pageErrors: string[] = [];
  const open = async (path: string) => {
    page = await ctx().browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`http://selfservice.udi.no/${path}`);
    return page;
  };
  afterEach(async () => {
    await page?.close();
    page = undefined;
    expect(pageErrors).toEqual([]);
  });

  it('is not fooled by a page that patches attachShadow, addEventListener, MutationObserver and value', async () => {
    const p = await open('hostile-patches.html');
    await typeInto(p, '#password', 'Abc');
    await expectVerdict(p, 'incomplete');
    // Our shadow root stays closed: the page's patched attachShadow never saw our call.
    const calls = await p.evaluate(
      () => (window as unknown as { __patchCalls: Record<string, number> }).__patchCalls,
    );
    expect(calls.attachShadow).toBe(0);
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
    const submitted = ctx().server.submissions.length;
    await Promise.all([p.waitForNavigation(), p.click('button[type="submit"]')]);
    expect(udiAccepts(ctx().server.submissions[submitted]?.fields.password ?? '')).toBe(true);
  });

  it('shows the check inside a modal <dialog> (top layer) with the form', async () => {
    const p = await open('dialog-form.html');
    await p.click('#open');
    await typeInto(p, '#password', 'Abc123');
    await expectVerdict(p, 'incomplete');
    const insideDialog = await p.$eval(CHECK, (el) => el.closest('dialog') !== null);
    expect(insideDialog).toBe(true);
    expect(await attr(p, CHECK, 'hidden')).toBeNull();
  });
});
