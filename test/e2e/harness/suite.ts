import type { Page, Viewport } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { BROWSERS, type BrowserName, type Launched, type LaunchOptions, launch } from './browsers.ts';
import { checkSettled } from './page-helpers.ts';
import { type FixtureServer, startFixtureServer } from './server.ts';

export interface SuiteContext {
  server: FixtureServer;
  browser: Launched;
}

/**
 * Declares the same tests once per browser. Each browser is launched once for the whole file (launching
 * is the slow part) and shares one fixture server; the describe title names the browser in the output.
 */
export function describeInBrowsers(
  title: string,
  body: (ctx: () => SuiteContext) => void,
  options: LaunchOptions & {
    /** For what only one browser lets a test see (Chromium's CDP pierces closed shadow roots). */
    browsers?: readonly BrowserName[];
  } = {},
): void {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  for (const name of options.browsers ?? BROWSERS) {
    describe(`${title} [${name}]`, () => {
      let launched: Launched | undefined;
      beforeAll(async () => {
        if (!server) throw new Error('fixture server did not start');
        launched = await launch(name, server.port, options);
      });
      afterAll(async () => {
        await launched?.close();
      });
      // Registered before the body's hooks, so it runs after them (pages they close have reported already).
      afterEach(async () => {
        if (launched) expect(await launched.caughtErrors(), 'errors the extension caught').toEqual([]);
      });
      body(() => {
        if (!server || !launched) throw new Error(`${name} did not launch`);
        return { server, browser: launched };
      });
    });
  }
}

/**
 * Opens an extension page. Firefox's BiDi `goto` to moz-extension:// may never settle, so navigation is
 * started without awaiting it and the page is polled until the document has rendered `ready`.
 */
export async function openExtensionPage(
  ctx: SuiteContext,
  ready: string,
  path?: string,
  viewport?: Viewport,
): Promise<Page> {
  const page = await ctx.browser.newPage();
  // Before the navigation: Firefox's never-settling goto would hold up a later setViewport.
  if (viewport) await page.setViewport(viewport);
  const url = ctx.browser.extensionUrl(path);
  if (ctx.browser.name === 'chromium') {
    await page.goto(url);
    await page.waitForSelector(ready);
    return page;
  }
  page.goto(url).catch(() => {});
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      const found = await page.evaluate(
        (sel, href) => location.href.startsWith(href) && document.querySelector(sel) !== null,
        ready,
        url,
      );
      if (found) return page;
    } catch {
      // The realm is replaced while the navigation commits; try again.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not show ${ready} within 20 s`);
}

/**
 * What a browser reports about a fixture's own markup, not about us: Firefox logs an invalid `pattern`
 * (Azure AD B2C's default does not compile with the `v` flag, test/fixtures/b2c) as a page error.
 */
const PAGE_OWN_ERRORS = /^Error: Unable to check <input pattern=/;

/**
 * One page per test, for pages that may misbehave: `open` loads a URL (a bare path means
 * http://selfservice.udi.no/<path>); after each test the page closes and no error may have reached the page.
 * `submit` posts the page's own form and returns what its server received.
 */
export function pagePerTest(ctx: () => SuiteContext) {
  let page: Page | undefined;
  const pageErrors: string[] = [];
  afterEach(async () => {
    await page?.close();
    page = undefined;
    // Each test answers for its own page only.
    expect(pageErrors.splice(0).filter((error) => !PAGE_OWN_ERRORS.test(error))).toEqual([]);
  });
  return {
    open: async (url: string) => {
      page = await ctx().browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(url.includes('://') ? url : `http://selfservice.udi.no/${url}`);
      return page;
    },
    submit: async (p: Page, button = 'button[type="submit"]') => {
      const before = ctx().server.submissions.length;
      await checkSettled(p);
      await Promise.all([p.waitForNavigation(), p.click(button)]);
      return ctx().server.submissions[before]?.fields ?? {};
    },
  };
}
