import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import {
  attr,
  CHECK,
  CONFIRM,
  checkSettled,
  expectVerdict,
  piercedDom,
  tabIntoCheck,
  typeInto,
  udiAccepts,
} from './harness/page-helpers.ts';
import { describeInBrowsers, pagePerTest } from './harness/suite.ts';

// UDI's account pages are Azure AD B2C pages: formless, built by script after load, email verification
// before "Create" is switched on, a `pattern` from B2C's older default rule (8-16 characters) on the
// password fields, a validator that reads `.value` on keyup only (test/fixtures/b2c/selfasserted.html).
const PAGE = 'b2c/selfasserted.html';

describeInBrowsers('UDI’s B2C pages as they render', (ctx) => {
  const { open } = pagePerTest(ctx);

  async function verifyEmail(p: Page) {
    await typeInto(p, '#email', 'anna@example.org');
    await p.click('#email_ver_but_send');
    await typeInto(p, '#email_ver_input', '123456');
    await p.click('#email_ver_but_verify');
  }

  /** From the field, by keyboard: the panel's first button is Generate. */
  async function generateFrom(p: Page, field: string) {
    await p.waitForSelector(field); // built by the page's script after load
    await p.focus(field);
    await p.keyboard.type('a');
    await expectVerdict(p, 'incomplete');
    await tabIntoCheck(p);
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
  }

  const panelText = async (p: Page) => (ctx().browser.name === 'chromium' ? await piercedDom(p) : undefined);

  it('finds the password fields the page builds after load, with no form and SVG help icons', async () => {
    const p = await open(PAGE);
    await p.waitForSelector(`#newPassword + a.helpLink svg`);
    await typeInto(p, '#newPassword', 'abc');
    await expectVerdict(p, 'incomplete');
    await p.waitForSelector(CONFIRM, { hidden: true }); // linked, hidden until the confirmation has a value
    expect(await p.$$eval(CHECK, (els) => els.length)).toBe(1);
  });

  it('reads the page’s own 16-character limit: a longer password UDI accepts is not called fine', async () => {
    const p = await open(PAGE);
    await typeInto(p, '#newPassword', 'Abcdefgh123456789'); // 17: UDI accepts it, this page does not
    await expectVerdict(p, 'page-refused');
    const text = await panelText(p);
    if (text) {
      expect(text).toContain('At most 16 characters: this page’s own limit (now 17)');
      expect(text).toContain('this page refuses it');
    }
    await p.keyboard.press('Backspace');
    await expectVerdict(p, 'ok');
  });

  it('generates into both fields a password that the page’s pattern and UDI accept, and the page’s keyup validator takes it', async () => {
    const p = await open(PAGE);
    await verifyEmail(p);
    await generateFrom(p, '#newPassword');
    const [password, again] = await p.$$eval('#newPassword, #reenterPassword', (els) =>
      els.map((el) => (el as HTMLInputElement).value),
    );
    expect(udiAccepts(password ?? '')).toBe(true);
    expect(password).toHaveLength(16);
    expect(again).toBe(password);
    // The page's own validator (keyup only) switched Create on, and shows no error of its own.
    expect(await attr(p, '#continue', 'aria-disabled')).toBe('false');
    expect(await p.$$eval('.error.itemLevel[aria-hidden="false"]', (els) => els.length)).toBe(0);
    const before = ctx().server.submissions.length;
    await checkSettled(p);
    await Promise.all([p.waitForNavigation(), p.click('#continue')]);
    expect(ctx().server.submissions[before]?.fields.newPassword).toBe(password);
  });

  it.each(['aria', 'disabled'])(
    'explains a press on Create before the email is verified (switched off with %s)',
    async (off) => {
      const p = await open(`${PAGE}?off=${off}`);
      await typeInto(p, '#newPassword', 'Abcdefgh1234');
      await typeInto(p, '#reenterPassword', 'Abcdefgh1234');
      await p.click('#continue');
      await p.waitForSelector(`${CHECK}[data-alert="disabled"]`);
      expect(await attr(p, CHECK, 'data-verdict')).toBe('ok');
      const text = await panelText(p);
      if (text) expect(text).toContain('“Create” is not switched on yet');
    },
  );

  it('explains a press on Create that does nothing because UDI refuses the password', async () => {
    const p = await open(PAGE);
    await verifyEmail(p);
    // B2C's pattern allows symbols, so the page switches Create on; UDI then ignores the press.
    await typeInto(p, '#newPassword', 'Sommer!2026');
    await typeInto(p, '#reenterPassword', 'Sommer!2026');
    expect(await attr(p, '#continue', 'aria-disabled')).toBe('false');
    const before = ctx().server.submissions.length;
    await p.click('#continue');
    await p.waitForSelector(`${CHECK}[data-alert="submit"]`);
    expect(await attr(p, CHECK, 'data-verdict')).toBe('refused');
    expect(ctx().server.submissions.length).toBe(before);
  });

  it('says it in Norwegian too, on the Norwegian page', async () => {
    const p = await open(`${PAGE}?lang=nb`);
    await typeInto(p, '#newPassword', 'Abcdefgh1234');
    await p.click('#continue');
    await p.waitForSelector(`${CHECK}[data-alert="disabled"]`);
  });

  it('never covers the page’s own error messages', async () => {
    const p = await open(PAGE);
    await typeInto(p, '#newPassword', 'Abcdefgh123456789');
    await typeInto(p, '#reenterPassword', 'Abcdefgh12345678');
    await p.waitForSelector('.error.itemLevel[aria-hidden="false"]');
    const overlaps = await p.evaluate((selectors) => {
      const boxes = (sel: string) =>
        [...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect());
      const ours = boxes(selectors);
      return boxes('.error.itemLevel[aria-hidden="false"]').some((error) =>
        ours.some(
          (box) =>
            box.height > 0 &&
            box.top < error.bottom &&
            error.top < box.bottom &&
            box.left < error.right &&
            error.left < box.right,
        ),
      );
    }, `${CHECK}, ${CONFIRM}`);
    expect(overlaps).toBe(false);
  });

  it('fills nothing on a page whose own limit leaves no password UDI accepts, and says so', async () => {
    const p = await open(`${PAGE}?maxlength=6&pattern=none`);
    await p.waitForSelector('#newPassword');
    await p.focus('#newPassword');
    await p.keyboard.type('abc');
    await expectVerdict(p, 'incomplete');
    const text = await panelText(p);
    if (text) expect(text).toContain('leave no password that UDI accepts');
    // No Generate button: the one button in the panel is its close button.
    await tabIntoCheck(p);
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${CHECK}[hidden]`);
    expect(await p.$eval('#newPassword', (el) => (el as HTMLInputElement).value)).toBe('abc');
  });

  it('checks the reset flow: verification, then the new password and its confirmation', async () => {
    const p = await open(`${PAGE}?flow=reset`);
    await verifyEmail(p);
    await generateFrom(p, '#newPassword');
    expect(await p.$eval('#reenterPassword', (el) => (el as HTMLInputElement).value)).toHaveLength(16);
  });
});
