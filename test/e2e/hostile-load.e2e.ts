import { expect, it } from 'vitest';
import {
  attr,
  CHECK,
  CONFIRM,
  expectExplained,
  expectVerdict,
  typeInto,
  udiAccepts,
} from './harness/page-helpers.ts';
import { describeInBrowsers, pagePerTest } from './harness/suite.ts';

/** Figures, not assertions: printed in the test output, never compared with a time limit. */
const report = (browser: string, text: string) => console.log(`[${browser}] ${text}`);

describeInBrowsers('pages under load', (ctx) => {
  const { open, submit } = pagePerTest(ctx);

  it('gets the verdict right while the page makes 10,000 DOM mutations a second', async () => {
    const p = await open('hostile-storm.html');
    await p.waitForSelector(CHECK);
    const storm = p.evaluate(() =>
      (
        window as unknown as {
          storm(rate: number, ms: number): Promise<{ mutations: number; ms: number; longestGap: number }>;
        }
      ).storm(10_000, 5000),
    );
    await typeInto(p, '#password', 'abc');
    await p.keyboard.type('DEF', { delay: 50 });
    await p.keyboard.type('æ', { delay: 50 });
    await expectVerdict(p, 'refused');
    await p.keyboard.press('Backspace');
    await p.keyboard.type('12', { delay: 50 });
    const { mutations, ms, longestGap } = await storm;
    await expectVerdict(p, 'ok');
    report(
      ctx().browser.name,
      `mutation storm: ${mutations} mutations in ${ms.toFixed(0)} ms (${Math.round((mutations / ms) * 1000)}/s), longest gap between the page's ticks ${longestGap.toFixed(0)} ms`,
    );
    expect(mutations).toBeGreaterThanOrEqual(50_000);
    expect(await p.$$eval(CHECK, (els) => els.length)).toBe(1);
    expect((await submit(p)).password).toBe('abcDEF12');
  });

  it('gives each of 25 sign-up forms (50 password fields) its own check', async () => {
    const p = await open('many-forms.html');
    await p.waitForFunction((sel) => document.querySelectorAll(sel).length === 25, {}, CHECK);
    expect(await p.$$eval(CONFIRM, (els) => els.length)).toBe(25);
    // Every check sits in its own form, under that form's new-password field.
    const placed = await p.$$eval(CHECK, (els) =>
      els.every(
        (el) =>
          el.closest('form')?.querySelector('[autocomplete="new-password"]') === el.previousElementSibling,
      ),
    );
    expect(placed).toBe(true);
    await typeInto(p, '#pw13', 'Abc12345');
    await typeInto(p, '#confirm13', 'Abc12345');
    await expectVerdict(p, 'ok', `#f13 ${CHECK}`);
    const verdicts = await p.$$eval(CHECK, (els) => els.map((el) => el.getAttribute('data-verdict')));
    expect(verdicts.filter((v) => v === 'ok')).toHaveLength(1);
    expect(verdicts.filter((v) => v === 'empty')).toHaveLength(24);
    const fields = await submit(p, '#f13 button[type="submit"]');
    expect(fields).toMatchObject({ password: 'Abc12345', confirm: 'Abc12345' });
  });

  it('takes a 1 MB paste without hanging, with the verdict right and the panel bounded', async () => {
    const p = await open('create-account.html');
    await p.waitForSelector(CHECK);
    /** Pastes `text` the way a browser does (paste, then insertFromPaste) and times the verdict. */
    const paste = (kind: 'ok' | 'refused', verdict: string) =>
      p.$eval(
        '#password',
        (el, k, v) =>
          new Promise<number>((resolve) => {
            const field = el as HTMLInputElement;
            const size = 1 << 20;
            // 'refused': a megabyte of letters, digits, symbols, Norwegian and Cyrillic letters, spaces.
            const alphabet = k === 'ok' ? 'abcdefghXYZ0123456789' : 'abcXYZ019#$%æøåЖжЩ € _-!?';
            let text = 'Aa1';
            const chunk = Array.from({ length: 4096 }, (_, i) => alphabet[(i * 7919) % alphabet.length]).join(
              '',
            );
            while (text.length < size) text += chunk;
            text = text.slice(0, size);
            const host = document.querySelector('[data-udi-helper="password-check"]') as HTMLElement;
            const start = performance.now();
            new MutationObserver((_, observer) => {
              if (host.dataset.verdict !== v) return;
              observer.disconnect();
              resolve(performance.now() - start);
            }).observe(host, { attributes: true });
            field.focus();
            field.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true }));
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text);
            field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
          }),
        kind,
        verdict,
      );
    const refusedMs = await paste('refused', 'refused');
    // Show the refused characters (first button after the field, once the explanations are there), then
    // measure the panel.
    await expectExplained(p);
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    const height = await p.$eval(CHECK, (el) => el.getBoundingClientRect().height);
    const roundTrip = performance.now();
    await p.evaluate(() => 1);
    report(
      ctx().browser.name,
      `1 MB refused paste: verdict after ${refusedMs.toFixed(0)} ms; panel ${Math.round(height)} px tall with the characters shown; page answers in ${(performance.now() - roundTrip).toFixed(0)} ms`,
    );
    expect(height).toBeLessThan(900);
    await p.focus('#password');
    const okMs = await paste('ok', 'ok');
    report(ctx().browser.name, `1 MB valid paste: verdict after ${okMs.toFixed(0)} ms`);
    const fields = await submit(p);
    expect(fields.password).toHaveLength(1 << 20);
    expect(udiAccepts(fields.password ?? '')).toBe(true);
  });

  it('follows typing at up to 1,000 characters a second', async () => {
    const p = await open('create-account.html');
    const text = `Ab1${'xY7q'.repeat(75)}`;
    await typeInto(p, '#password', '');
    const start = performance.now();
    await p.keyboard.type(text, { delay: 1 });
    const seconds = (performance.now() - start) / 1000;
    await expectVerdict(p, 'ok');
    report(ctx().browser.name, `typed ${text.length} characters at ${Math.round(text.length / seconds)}/s`);
    expect(await p.$eval('#password', (el) => (el as HTMLInputElement).value)).toBe(text);
    await p.keyboard.type('!', { delay: 1 });
    await expectVerdict(p, 'refused');
    await p.keyboard.press('Backspace');
    await expectVerdict(p, 'ok');
    expect((await submit(p)).password).toBe(text);
  });

  it('follows the new field when the page rebuilds its form on every keystroke', async () => {
    const p = await open('rerender-keystroke.html');
    await typeInto(p, 'input[name="password"]', 'abcDEF1');
    await expectVerdict(p, 'incomplete');
    await p.keyboard.type('2æ', { delay: 20 });
    await expectVerdict(p, 'refused');
    // Typed, in field after field: never mistaken for a password manager's fill.
    expect(await attr(p, CHECK, 'data-alert')).toBeNull();
    await p.keyboard.press('Backspace');
    await expectVerdict(p, 'ok');
    const renders = await p.$eval('#root', (el) => Number((el as HTMLElement).dataset.renders));
    expect(renders).toBeGreaterThanOrEqual(10);
    expect(await p.$$eval(CHECK, (els) => els.length)).toBe(1);
    expect(
      await p.$eval(
        CHECK,
        // Under the field of the form on the page now, not a stale one.
        (el) => el.closest('form') === document.querySelector('#root form'),
      ),
    ).toBe(true);
    expect((await submit(p)).password).toBe('abcDEF12');
  });
});
