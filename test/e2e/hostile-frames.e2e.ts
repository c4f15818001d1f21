import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { CHECK, checkSettled, expectVerdict, tabIntoCheck, typeInto } from './harness/page-helpers.ts';
import { describeInBrowsers, pagePerTest } from './harness/suite.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const embed = (src: string) => `frame-embed.html?src=${encodeURIComponent(src)}`;

describeInBrowsers('frames and closed shadow roots', (ctx) => {
  const { open } = pagePerTest(ctx);

  /** The frame (at any depth) showing the form page at `href`, once its password field is there. */
  const formFrame = async (p: Page, href: string): Promise<Frame> => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const frame = p.frames().find((f) => f.url() === href);
      if (frame && (await frame.$('#pw').catch(() => null))) return frame;
      await pause(100);
    }
    throw new Error(`no frame at ${href}`);
  };
  /** Submits the frame's form and returns what the frame's host received. */
  const submitFrame = async (frame: Frame) => {
    const before = ctx().server.submissions.length;
    await checkSettled(frame);
    await frame.click('button[type="submit"]');
    const deadline = Date.now() + 10_000;
    while (ctx().server.submissions.length === before && Date.now() < deadline) await pause(50);
    return ctx().server.submissions[before];
  };

  it.each([
    [
      'udi.no page → udi.no frame → udi.no frame with the form',
      'selfservice.udi.no',
      embed(embed('/iframe-form.html')),
    ],
    [
      'selfservice.udi.no embedding a form from www.udi.no',
      'selfservice.udi.no',
      embed('http://www.udi.no/iframe-form.html'),
    ],
    [
      'example.org embedding a udi.no form frame',
      'example.org',
      embed('http://selfservice.udi.no/iframe-form.html'),
    ],
  ])('checks the form in a frame: %s', async (_name, top, path) => {
    const p = await open(`http://${top}/${path}`);
    const src = new URLSearchParams(path.split('?')[1]).get('src') ?? '';
    const inner = src.includes('frame-embed')
      ? (new URLSearchParams(src.split('?')[1]).get('src') ?? '')
      : src;
    const href = new URL(inner, `http://${top}/`).href;
    const frame = await formFrame(p, href);
    await typeInto(frame, '#pw', 'Abc123');
    await expectVerdict(frame, 'incomplete');
    await frame.focus('#pw');
    await frame.page().keyboard.type('xyz');
    await expectVerdict(frame, 'ok');
    // Nothing in the embedding page itself, which has no password field.
    expect(await p.$('[data-udi-helper]')).toBeNull();
    const received = await submitFrame(frame);
    expect(received).toMatchObject({ host: new URL(href).hostname, fields: { pw: 'Abc123xyz' } });
  });

  it.each([
    ['a UDI page', 'selfservice.udi.no', true],
    ['another site, which could fade or cover the whole frame', 'example.org', false],
  ])('fills a generated password in a udi.no frame embedded by %s: %s', async (_name, top, fills) => {
    const p = await open(`http://${top}/${embed('http://selfservice.udi.no/iframe-form.html')}`);
    const frame = await formFrame(p, 'http://selfservice.udi.no/iframe-form.html');
    await typeInto(frame, '#pw', 'abc');
    await expectVerdict(frame, 'incomplete');
    await tabIntoCheck(frame);
    await p.keyboard.press('Enter');
    if (fills) {
      await expectVerdict(frame, 'ok');
    } else {
      await frame.waitForSelector(`${CHECK}[data-guard="obscured"]`);
      expect(await frame.$eval('#pw', (el) => (el as HTMLInputElement).value)).toBe('abc');
    }
  });

  it('puts nothing into a form frame from a non-UDI host, even on a UDI page', async () => {
    const p = await open(`http://selfservice.udi.no/${embed('http://example.org/iframe-form.html')}`);
    const frame = await formFrame(p, 'http://example.org/iframe-form.html');
    await typeInto(frame, '#pw', 'Abc123');
    await pause(500);
    expect(await frame.$('[data-udi-helper]')).toBeNull();
    expect(await p.$('[data-udi-helper]')).toBeNull();
    expect((await submitFrame(frame))?.fields.pw).toBe('Abc123');
  });

  it('checks a form inside a closed shadow root the page made (extensions may see into it)', async () => {
    const p = await open('http://selfservice.udi.no/closed-shadow-form.html');
    type Closed = { __closedRoot: ShadowRoot };
    const field = (await p.evaluateHandle(() =>
      (window as unknown as Closed).__closedRoot.querySelector('#password'),
    )) as ElementHandle<HTMLInputElement>;
    await field.click();
    await field.type('Abc123');
    const verdict = () =>
      p.evaluate(
        (sel) =>
          (window as unknown as Closed).__closedRoot.querySelector(sel)?.getAttribute('data-verdict') ?? null,
        CHECK,
      );
    // Chromium lets content scripts in through chrome.dom.openOrClosedShadowRoot, Firefox through
    // element.openOrClosedShadowRoot: both see the form, and the page's script alone can see our host there.
    await p.waitForFunction(
      (sel) =>
        (window as unknown as Closed).__closedRoot.querySelector(sel)?.getAttribute('data-verdict') ===
        'incomplete',
      { timeout: 5000 },
      CHECK,
    );
    await field.type('æ');
    await p.waitForFunction(
      (sel) =>
        (window as unknown as Closed).__closedRoot.querySelector(sel)?.getAttribute('data-verdict') ===
        'refused',
      { timeout: 5000 },
      CHECK,
    );
    await field.press('Backspace');
    await field.type('xy');
    await p.waitForFunction(
      (sel) =>
        (window as unknown as Closed).__closedRoot.querySelector(sel)?.getAttribute('data-verdict') === 'ok',
      { timeout: 5000 },
      CHECK,
    );
    expect(await verdict()).toBe('ok');
    // Outside the component nothing of ours shows, and the page's form still submits.
    expect(await p.$('[data-udi-helper]')).toBeNull();
    const before = ctx().server.submissions.length;
    const submitButton = await p.evaluateHandle(() =>
      (window as unknown as Closed).__closedRoot.querySelector('button[type="submit"]'),
    );
    await Promise.all([p.waitForNavigation(), (submitButton as ElementHandle<HTMLButtonElement>).click()]);
    expect(ctx().server.submissions[before]?.fields.password).toBe('Abc123xy');
  });
});
