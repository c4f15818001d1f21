import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import {
  attr,
  CHECK,
  CONFIRM,
  expectVerdict,
  tabIntoCheck,
  typeInto,
  udiAccepts,
} from './harness/page-helpers.ts';
import { describeInBrowsers, pagePerTest } from './harness/suite.ts';

const value = (p: Page, selector: string) => p.$eval(selector, (el) => (el as HTMLInputElement).value);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeInBrowsers('awkward and hostile pages', (ctx) => {
  const { open, submit } = pagePerTest(ctx);

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
    expect(udiAccepts((await submit(p)).password ?? '')).toBe(true);
  });

  it.each(['disabled-shadow', 'own-shadow', 'internals'])(
    'is not fooled by a page that defines the tag name we once used (%s)',
    async (variant) => {
      const p = await open(`hostile-names.html?${variant}`);
      await typeInto(p, '#password', 'Abc');
      await expectVerdict(p, 'incomplete');
      // The page's constructor never ran for anything of ours.
      expect(await p.evaluate(() => (window as unknown as { __constructed: number }).__constructed)).toBe(0);
      await p.keyboard.press('Tab');
      await p.keyboard.press('Enter');
      await expectVerdict(p, 'ok');
      expect(udiAccepts((await submit(p)).password ?? '')).toBe(true);
    },
  );

  it('fills a password field a show-password toggle turned to text, never a field that was text from the start', async () => {
    const toggled = await open('show-password.html');
    await typeInto(toggled, '#password', 'abc');
    await toggled.click('#toggle');
    await toggled.focus('#password');
    await tabIntoCheck(toggled);
    await toggled.keyboard.press('Enter');
    await expectVerdict(toggled, 'ok');
    expect(await value(toggled, '#password')).toHaveLength(16);
    const clear = await open('clear-text-signup.html');
    await typeInto(clear, '#password', 'abc');
    await expectVerdict(clear, 'incomplete');
    await tabIntoCheck(clear); // no Generate: the panel's only button is its close button
    await clear.keyboard.press('Enter');
    await clear.waitForSelector(`${CHECK}[hidden]`);
    expect(await value(clear, '#password')).toBe('abc');
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

  it('generates by keyboard in a 320 × 256 viewport (400 % zoom), scrolled away, without the guard refusing it', async () => {
    const p = await open('create-account.html');
    await p.setViewport({ width: 320, height: 256 });
    await typeInto(p, '#password', 'Abc');
    await expectVerdict(p, 'incomplete');
    await p.keyboard.press('Tab');
    // The page scrolls away while our button has focus: the activation is still the applicant's.
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
    expect(udiAccepts(await value(p, '#password'))).toBe(true);
    expect(await attr(p, CHECK, 'data-guard')).toBeNull();
  });

  it('shows the check inside a popover (top layer) and its generator works there', async () => {
    const p = await open('popover-form.html');
    await p.click('#open');
    await typeInto(p, '#password', 'Abc123');
    await expectVerdict(p, 'incomplete');
    expect(await p.$eval(CHECK, (el) => el.closest('[popover]')?.matches(':popover-open'))).toBe(true);
    expect(await attr(p, CHECK, 'hidden')).toBeNull();
    // The clickjacking guard must not mistake the top layer for a cover.
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
    const fields = await submit(p);
    expect(udiAccepts(fields.password ?? '')).toBe(true);
    expect(fields.confirm).toBe(fields.password);
  });

  it.each(['opacity', 'filter', 'mask', 'pointer-events', 'cover'])(
    'refuses to fill a password when the page made it %s (keyboard), and works once the page is calm',
    async (mode) => {
      const p = await open('hostile-clickjack.html');
      await typeInto(p, '#password', 'abc');
      await expectVerdict(p, 'incomplete');
      await p.evaluate((m) => (window as unknown as { hostile(m: string): void }).hostile(m), mode);
      await p.keyboard.press('Tab'); // onto our generate button
      await p.keyboard.press('Enter');
      await p.waitForSelector(`${CHECK}[data-guard="obscured"][hidden]`, { timeout: 5000 });
      expect(await value(p, '#password')).toBe('abc');
      await p.evaluate(() => (window as unknown as { calm(): void }).calm());
      await p.focus('#password');
      expect(await attr(p, CHECK, 'data-guard')).toBeNull();
      expect(await attr(p, CHECK, 'hidden')).toBeNull();
      await p.keyboard.press('Tab');
      await p.keyboard.press('Enter');
      await expectVerdict(p, 'ok');
      expect(udiAccepts((await submit(p)).password ?? '')).toBe(true);
    },
  );

  it('refuses a mouse click that reaches the generate button through a transparent or click-through page', async () => {
    const p = await open('hostile-clickjack.html');
    await typeInto(p, '#password', 'abc');
    await expectVerdict(p, 'incomplete');
    // The button is inside a closed shadow root: find it by clicking down the panel's start edge.
    const box = await p.$eval(CHECK, (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const x = box.left + 30;
    let y = 0;
    for (let probe = box.top + 4; probe < box.bottom && !y; probe += 6) {
      await p.mouse.click(x, probe);
      if ((await value(p, '#password')) !== 'abc') y = probe;
    }
    expect(y).toBeGreaterThan(0); // a real click on a calm page generates
    for (const mode of ['opacity', 'pointer-events', 'cover']) {
      await p.focus('#password');
      await p.keyboard.down('Control');
      await p.keyboard.press('a');
      await p.keyboard.up('Control');
      await p.keyboard.type('abc');
      await expectVerdict(p, 'incomplete');
      await p.evaluate((m) => (window as unknown as { hostile(m: string): void }).hostile(m), mode);
      await p.mouse.click(x, y);
      await pause(100);
      expect(await value(p, '#password'), mode).toBe('abc');
      await p.evaluate(() => (window as unknown as { calm(): void }).calm());
    }
  });

  it('keeps the check visible against a page stylesheet that hides it with !important', async () => {
    const p = await open('hostile-tamper.html');
    await typeInto(p, '#password', 'Abc12345');
    await expectVerdict(p, 'ok');
    const shown = await p.$eval(CHECK, (el) => {
      const style = getComputedStyle(el);
      return {
        height: el.getBoundingClientRect().height,
        visibility: style.visibility,
        opacity: style.opacity,
      };
    });
    expect(shown.height).toBeGreaterThan(20);
    expect(shown).toMatchObject({ visibility: 'visible', opacity: '1' });
  });

  it('stays when the page re-renders its confirmation field again and again (not tampering)', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#password', 'abc');
    await expectVerdict(p, 'incomplete');
    await p.waitForSelector(CONFIRM);
    // A keyed input re-rendered five times: each time the old field goes, and the framework drops the
    // foreign node after it (our host) with it.
    for (let i = 0; i < 5; i++) {
      await p.$eval('#confirm', (el) => {
        const ours = el.nextElementSibling;
        el.replaceWith(el.cloneNode(true));
        if (ours?.matches('[data-udi-helper]')) ours.remove();
      });
      await p.waitForFunction(
        (sel) => document.querySelector(sel)?.previousElementSibling?.id === 'confirm',
        {},
        CONFIRM,
      );
    }
    await typeInto(p, '#confirm', 'abx');
    await p.waitForSelector(`${CONFIRM}[data-mismatch="true"]`);
    expect(await p.$$eval(CHECK, (els) => els.length)).toBe(1);
  });

  it('puts the check back after one removal, and leaves for good when the page keeps removing it', async () => {
    const p = await open('hostile-tamper.html');
    await typeInto(p, '#password', 'Abc');
    await expectVerdict(p, 'incomplete');
    await p.evaluate(() => (window as unknown as { removeOnce(): void }).removeOnce());
    await p.waitForSelector(CHECK);
    await p.focus('#password');
    await p.keyboard.type('12345');
    await expectVerdict(p, 'ok');
    await p.evaluate(() => (window as unknown as { removeAlways(): void }).removeAlways());
    await pause(300);
    const removed = () =>
      p.evaluate(() => (window as unknown as { __tamper: { removed: number } }).__tamper.removed);
    const early = await removed();
    await pause(1000);
    expect(await removed()).toBe(early); // no fight going on
    console.log(`[${ctx().browser.name}] page removed our hosts ${early} times before we left`);
    expect(early).toBeLessThanOrEqual(6);
    expect(await p.$('[data-udi-helper]')).toBeNull();
    await p.focus('#password');
    await p.keyboard.type('X');
    expect(await value(p, '#password')).toBe('Abc12345X');
    expect((await submit(p)).password).toBe('Abc12345X');
  });

  it('undoes one style attribute on the check, and leaves for good when the page keeps restyling it', async () => {
    const p = await open('hostile-tamper.html');
    await typeInto(p, '#password', 'Abc');
    await expectVerdict(p, 'incomplete');
    await p.evaluate(() => (window as unknown as { restyleOnce(): void }).restyleOnce());
    await p.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('style') === null, {}, CHECK);
    await p.evaluate(() => (window as unknown as { restyleAlways(): void }).restyleAlways());
    await p.waitForFunction(() => document.querySelector('[data-udi-helper]') === null, { timeout: 5000 });
    const restyled = () =>
      p.evaluate(() => (window as unknown as { __tamper: { restyled: number } }).__tamper.restyled);
    const early = await restyled();
    await pause(1000);
    expect(await restyled()).toBe(early);
    console.log(`[${ctx().browser.name}] page restyled our hosts ${early} times before we left`);
    await p.focus('#password');
    await p.keyboard.type('12345');
    expect((await submit(p)).password).toBe('Abc12345');
  });
});
