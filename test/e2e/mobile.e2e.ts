import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { attr, CHECK, expectExplained, expectVerdict, fillLike, udiAccepts } from './harness/page-helpers.ts';
import { describeInBrowsers, openExtensionPage, pagePerTest } from './harness/suite.ts';

// Many applicants have only a phone: Chrome on Android runs no extensions, Firefox for Android does.
// Phone-sized viewports with touch input (both drivers emulate touch taps), WCAG 2.5.8's 24 × 24 px targets.
const PHONE = { width: 360, height: 640, hasTouch: true };
const PAGE = 'b2c/selfasserted.html';
const value = (p: Page, sel: string) => p.$eval(sel, (el) => (el as HTMLInputElement).value);
const overflow = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/**
 * Taps up the panel's start edge from its bottom until the field changes: our buttons sit in a closed
 * shadow root. For a password with no refused character, so the only button on the way is Generate
 * (below it only its note); steps of 16 px cannot miss a button at least 24 px high.
 */
async function tapGenerate(p: Page, field: string): Promise<void> {
  const before = await value(p, field);
  const box = await p.$eval(CHECK, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
  for (let y = box.bottom - 4; y > box.top; y -= 16) {
    await p.touchscreen.tap(box.left + 30, y);
    if ((await value(p, field)) !== before) return;
  }
  throw new Error('no tap on the panel generated a password');
}

describeInBrowsers('on a phone (360 × 640, touch)', (ctx) => {
  const { open } = pagePerTest(ctx);

  it('checks, warns and generates by touch on UDI’s sign-up page, all within the screen', async () => {
    const p = await open(PAGE);
    await p.setViewport(PHONE);
    const field = await p.waitForSelector('#newPassword');
    const box = await field?.boundingBox();
    await p.touchscreen.tap((box?.x ?? 0) + 10, (box?.y ?? 0) + 5);
    await fillLike(p, '#newPassword', 'xK9#mP2$vL5!qR8@', 'paste');
    await expectVerdict(p, 'refused');
    expect(await attr(p, CHECK, 'data-alert')).toBe('filled');
    const panel = await p.$eval(CHECK, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.right).toBeLessThanOrEqual(PHONE.width);
    expect(await overflow(p)).toBeLessThanOrEqual(0);
    await fillLike(p, '#newPassword', 'abc', 'paste');
    await expectVerdict(p, 'incomplete');
    await p.$eval(CHECK, (el) => el.scrollIntoView({ block: 'start' }));
    await tapGenerate(p, '#newPassword');
    await expectVerdict(p, 'ok');
    expect(udiAccepts(await value(p, '#newPassword'))).toBe(true);
    expect(await value(p, '#reenterPassword')).toBe(await value(p, '#newPassword'));
  });

  it('leaves no horizontal scrolling at 320 px, with the refused characters shown', async () => {
    const p = await open(PAGE);
    await p.setViewport({ ...PHONE, width: 320 });
    await p.waitForSelector('#newPassword');
    const long = 'Sømmer 2024!—ÆØÅ “quoted” Привет 😀\u200bverylongwordwithoutanyspacesatall';
    await fillLike(p, '#newPassword', long, 'paste');
    await expectVerdict(p, 'refused');
    await p.focus('#newPassword');
    expect(await overflow(p)).toBeLessThanOrEqual(0);
  });

  it('fits the popup, opened as a page, into 360 and 320 px: no horizontal scrolling, targets of 24 × 24 px at least', async () => {
    const page = await openExtensionPage(ctx(), 'main h1', undefined, PHONE);
    for (const width of [360, 320]) {
      await page.setViewport({ ...PHONE, width });
      for (const view of ['advisor', 'trouble', 'check', 'memo', 'settings']) {
        await page.click(`nav button[data-view="${view}"]`);
        await page.waitForSelector(`section[data-view="${view}"] h2`);
        expect(await overflow(page), `${view} at ${width} px`).toBeLessThanOrEqual(0);
        // Visually hidden controls (the memo's file input, opened by its visible button) are not targets.
        const small = await page.$$eval('button, input:not([type="hidden"]), select, summary', (els) =>
          els
            .filter((el) => !el.closest('.sr-only'))
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && box.height > 0)
            .filter(({ box }) => box.width < 24 || box.height < 24)
            .map(
              ({ el, box }) =>
                `${el.outerHTML.slice(0, 60)} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
            ),
        );
        expect(small, `${view} at ${width} px`).toEqual([]);
      }
    }
    await page.click('nav button[data-view="check"]');
    const generate = await page.waitForSelector('button[data-action="generate"]');
    const box = await generate?.boundingBox();
    await page.touchscreen.tap((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
    expect(udiAccepts(await value(page, '#check-password'))).toBe(true);
    await page.close();
  });
});

describeInBrowsers(
  'the check’s touch targets on a phone',
  (ctx) => {
    const { open } = pagePerTest(ctx);

    it('gives every button in the panel at least 24 × 24 px (WCAG 2.5.8)', async () => {
      const p = await open(PAGE);
      await p.setViewport(PHONE);
      await p.waitForSelector('#newPassword');
      await fillLike(p, '#newPassword', 'Sommer 2024!', 'paste');
      await expectVerdict(p, 'refused');
      // Chromium's CDP sees into our closed roots (the page has none of its own here); the CSS is the
      // same in Firefox. Measured once the explanations have re-rendered the panel with its third button.
      await expectExplained(p);
      const cdp = await p.createCDPSession();
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      type DomNode = {
        nodeId: number;
        nodeName: string;
        shadowRootType?: string;
        children?: DomNode[];
        shadowRoots?: DomNode[];
      };
      const ours: number[] = [];
      const walk = (node: DomNode, inOurs: boolean) => {
        if (inOurs && node.nodeName === 'BUTTON') ours.push(node.nodeId);
        for (const child of node.children ?? []) walk(child, inOurs);
        for (const shadow of node.shadowRoots ?? [])
          walk(shadow, inOurs || shadow.shadowRootType === 'closed');
      };
      walk(root as DomNode, false);
      const sizes: number[][] = [];
      for (const nodeId of ours) {
        const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => undefined);
        if (box) sizes.push([box.model.width, box.model.height]);
      }
      await cdp.detach();
      expect(sizes.length).toBeGreaterThanOrEqual(3); // Show the characters, Generate, close
      expect(sizes.filter(([w = 0, h = 0]) => w < 24 || h < 24)).toEqual([]);
    });
  },
  { browsers: ['chromium'] },
);
