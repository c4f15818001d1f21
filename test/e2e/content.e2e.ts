import { expect, it } from 'vitest';
import {
  attr,
  CHECK,
  CONFIRM,
  checkSettled,
  clearStorage,
  expectVerdict,
  fillLike,
  LOGIN_HINT,
  storeItems,
  typeInto,
  udiAccepts,
} from './harness/page-helpers.ts';
import { describeInBrowsers, openExtensionPage, pagePerTest } from './harness/suite.ts';

describeInBrowsers('password check on UDI pages', (ctx) => {
  const { open } = pagePerTest(ctx);

  it('steps aside on Escape from inside the panel or on its close button, and returns on focus', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#password', 'abc');
    await expectVerdict(p, 'incomplete');
    await p.keyboard.press('Tab'); // into our panel: "Generate"
    await p.keyboard.press('Escape');
    await p.waitForSelector(`${CHECK}[hidden]`);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('password');
    await p.click('#email');
    await p.click('#password');
    await p.waitForSelector(`${CHECK}:not([hidden])`);
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab'); // the close button comes last
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${CHECK}[hidden]`);
    // A page script's synthetic Escape is not the applicant's: the check stays.
    await p.click('#email');
    await p.click('#password');
    await p.waitForSelector(`${CHECK}:not([hidden])`);
    await p.$eval('#password', (el) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    await p.keyboard.type('d');
    await expectVerdict(p, 'incomplete');
    expect(await attr(p, CHECK, 'hidden')).toBeNull();
  });

  it('checks a field again when the page takes its form away and puts it back', async () => {
    const p = await open('create-account.html');
    await p.waitForSelector(CHECK);
    // In the page, without a round trip in between (under load one can outlast the form's absence): take
    // the form away, wait until the extension has taken its check out of the detached form, then put the
    // form back. The check must then be made anew.
    const dropped = await p.evaluate(async (check) => {
      const form = document.querySelector('form');
      if (!form) return false;
      const parent = form.parentNode;
      form.remove();
      const deadline = performance.now() + 5000;
      while (form.querySelector(check) && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      const gone = form.querySelector(check) === null && document.querySelector('form') === null;
      parent?.appendChild(form);
      return gone;
    }, CHECK);
    expect(dropped).toBe(true);
    await p.waitForSelector(`form ${CHECK}`);
    await typeInto(p, '#password', 'abc');
    await expectVerdict(p, 'incomplete');
  });

  it('follows typing: incomplete, refused, then ok', async () => {
    const p = await open('create-account.html');
    await p.waitForSelector(CHECK);
    expect(await attr(p, CHECK, 'data-verdict')).toBe('empty');
    await typeInto(p, '#password', 'abc');
    await expectVerdict(p, 'incomplete');
    await p.keyboard.type('Æ1');
    await expectVerdict(p, 'refused');
    await p.keyboard.press('Backspace');
    await p.keyboard.press('Backspace');
    await p.keyboard.type('DEF12');
    await expectVerdict(p, 'ok');
    // A typed password never triggers the "filled by a manager" alarm.
    expect(await attr(p, CHECK, 'data-alert')).toBeNull();
  });

  it('warns when a paste brings in a password UDI refuses', async () => {
    const p = await open('create-account.html');
    await p.waitForSelector(CHECK);
    await fillLike(p, '#password', 'Tr0ub4dor&3xyz', 'paste');
    await expectVerdict(p, 'refused');
    expect(await attr(p, CHECK, 'data-alert')).toBe('filled');
  });

  it.each(['chrome', 'firefox', 'bitwarden', '1password'] as const)(
    'warns after the %s fill sequence with a symbol password',
    async (sequence) => {
      const p = await open('create-account.html');
      await p.waitForSelector(CHECK);
      await fillLike(p, '#password', 'xK9#mP2$vL5!qR8@', sequence);
      await expectVerdict(p, 'refused');
      expect(await attr(p, CHECK, 'data-alert')).toBe('filled');
    },
  );

  it('notices a value set by a script with no event at all, once the field is focused', async () => {
    const p = await open('create-account.html');
    await p.waitForSelector(CHECK);
    await fillLike(p, '#password', 'pass word 1A', 'none');
    await p.focus('#password');
    await expectVerdict(p, 'refused');
    expect(await attr(p, CHECK, 'data-alert')).toBe('filled');
  });

  it('generates a UDI-safe password into both fields, and the page receives it on submit', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#email', 'anna@example.org');
    await typeInto(p, '#password', 'abc');
    await expectVerdict(p, 'incomplete');
    // Keyboard only: Tab from the field lands on the overlay's generate button.
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
    const [password, confirm] = await p.$$eval('#password, #confirm', (els) =>
      els.map((el) => (el as HTMLInputElement).value),
    );
    expect(udiAccepts(password ?? '')).toBe(true);
    expect(password).toHaveLength(16);
    expect(confirm).toBe(password);
    const submitted = ctx().server.submissions.length;
    await checkSettled(p);
    await Promise.all([p.waitForNavigation(), p.click('button[type="submit"]')]);
    const received = ctx().server.submissions[submitted];
    expect(received?.fields.password).toBe(password);
    expect(udiAccepts(received?.fields.confirm ?? '')).toBe(true);
  });

  it('flags a confirmation that differs', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#password', 'Abcdefg1');
    await typeInto(p, '#confirm', 'Abcdefg2');
    await p.focus('#email');
    await p.waitForSelector(`${CONFIRM}[data-mismatch="true"]`);
    expect(await attr(p, CHECK, 'data-mismatch')).toBe('true');
    await typeInto(p, '#confirm', '');
    await p.keyboard.press('Backspace');
    await p.keyboard.type('1');
    await p.waitForSelector(`${CONFIRM}[data-mismatch="false"]`);
  });

  it('explains at the field when submit is pressed with a refused password, without blocking the page', async () => {
    const p = await open('formless-nn.html');
    await typeInto(p, '#a', 'passord');
    await p.click('#send');
    await p.waitForSelector(`${CHECK}[data-alert="submit"]`);
    // The page's own handler still ran.
    expect(await p.$eval('#sent', (el) => (el as HTMLElement).hidden)).toBe(false);
  });

  it('shows the memo’s personal notes in a UDI page’s login hint, but never inside a frame', async () => {
    const settings = await openExtensionPage(ctx(), 'main h1');
    const entry = {
      id: 'n1',
      label: 'Work permit — Anna',
      applicant: 'employee',
      method: 'email',
      date: '2026-11-01',
    };
    await storeItems(settings, { memo: { v: 1, value: { entries: [entry] } } });
    try {
      const top = await open('login.html');
      await top.waitForSelector(`${LOGIN_HINT}[data-notes="1"]`);
      await top.goto('http://selfservice.udi.no/frame-embed.html?src=/login.html');
      const frame = await (await top.waitForSelector('#frame'))?.contentFrame();
      await frame?.waitForSelector(`${LOGIN_HINT}[data-notes="0"]`);
    } finally {
      await clearStorage(settings);
      await settings.close();
    }
  });

  it('shows the login hint on a login page, and no password check there', async () => {
    const p = await open('login.html');
    await p.waitForSelector(LOGIN_HINT);
    expect(await p.$(CHECK)).toBeNull();
  });

  it.each([
    ['aspnet-register.html', '#ctl00_MainContent_Password'],
    ['nb-registrer.html', '#passord'],
    ['change-password.html', '#new'],
    ['reset-password.html', '#p1'],
  ])('checks the new password on %s', async (path, field) => {
    const p = await open(path);
    await typeInto(p, field, 'Passw0rd!');
    await expectVerdict(p, 'refused');
  });

  it('finds the B2C password step that appears after email verification', async () => {
    const p = await open('b2c-signup.html');
    await p.click('#emailVerificationControl_but_send_code');
    expect(await p.$(CHECK)).toBeNull();
    await p.click('#emailVerificationControl_but_verify_code');
    await typeInto(p, '#newPassword', 'Velkommen2026');
    await expectVerdict(p, 'ok');
  });

  it('follows a single-page app that renders late and re-renders the form', async () => {
    const p = await open('spa-rerender.html');
    await typeInto(p, 'input[name="password"]', 'short');
    await expectVerdict(p, 'incomplete');
    // A change event re-renders: new input elements; the check follows the new field.
    await p.keyboard.press('Tab');
    await p.waitForFunction(() => document.getElementById('root')?.dataset.renders === '2');
    await p.focus('input[name="password"]');
    await expectVerdict(p, 'incomplete');
    expect(await p.$$eval(CHECK, (els) => els.length)).toBe(1);
  });

  it('works in a same-origin iframe', async () => {
    const p = await open('iframe-host.html');
    const handle = await p.waitForSelector('#frame');
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.waitForSelector('#pw');
    await typeInto(frame, '#pw', 'Abc123');
    await expectVerdict(frame, 'incomplete');
  });

  it('works in an open shadow root', async () => {
    const p = await open('shadow-form.html');
    const field = await p.waitForSelector('udi-signup >>> #password');
    await field?.type('Abc123 æ');
    await p.waitForFunction(
      () =>
        document
          .querySelector('udi-signup')
          ?.shadowRoot?.querySelector('[data-udi-helper="password-check"]')
          ?.getAttribute('data-verdict') === 'refused',
    );
  });

  it('keeps the check when a show-password toggle flips the field to text', async () => {
    const p = await open('show-password.html');
    await typeInto(p, '#password', 'Abc12345');
    await expectVerdict(p, 'ok');
    await p.click('#toggle');
    await p.focus('#password');
    await p.keyboard.type('!');
    await expectVerdict(p, 'refused');
    expect(await p.$$eval(CHECK, (els) => els.length)).toBe(1);
  });

  it('puts nothing on a UDI page without a password field', async () => {
    const p = await open('no-password.html');
    await new Promise((r) => setTimeout(r, 500));
    expect(await p.$('[data-udi-helper]')).toBeNull();
  });
});
