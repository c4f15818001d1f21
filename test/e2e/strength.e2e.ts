import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { attr, CHECK, expectVerdict, piercedDom, tabIntoCheck, typeInto } from './harness/page-helpers.ts';
import { describeInBrowsers, pagePerTest } from './harness/suite.ts';

// UDI's rules accept Passord1; an attacker guesses it early. Once UDI's rules hold, the check says how
// easy the password is to guess (test contract: data-strength, test build only). The estimator is its
// own injected part, asked for after the first input.
const strength = (p: Page, value: 'weak' | 'strong') =>
  p.waitForSelector(`${CHECK}[data-strength="${value}"]`, { timeout: 15_000 });

describeInBrowsers('accepted, but easy to guess', (ctx) => {
  const { open } = pagePerTest(ctx);

  it.each([
    ['a common Norwegian password', 'Passord1'],
    ['a season and a year', 'Sommer2024'],
    ['a keyboard run', 'Qwerty123'],
    ['a repeated word', 'HeiHeiHei1'],
  ])('calls %s (%s) easy to guess, and says nothing before UDI’s rules hold', async (_what, password) => {
    const p = await open('create-account.html');
    await typeInto(p, '#password', password.slice(0, 4));
    await expectVerdict(p, 'incomplete');
    expect(await attr(p, CHECK, 'data-strength')).toBeNull();
    await p.keyboard.type(password.slice(4));
    await expectVerdict(p, 'ok');
    await strength(p, 'weak');
    if (ctx().browser.name === 'chromium') expect(await piercedDom(p)).toContain('Easy to guess');
  });

  it('takes the email address’s name into account', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#email', 'kristoffer.haugen@example.org');
    await typeInto(p, '#password', 'Kristoffer1');
    await expectVerdict(p, 'ok');
    await strength(p, 'weak');
  });

  it('never calls a generated password easy to guess', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#password', 'abc');
    await tabIntoCheck(p);
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
    await strength(p, 'strong');
  });

  it('keeps the page’s Create button where it was when “hard to guess” arrives', async () => {
    const p = await open('create-account.html');
    const createAt = () => p.$eval('button[type="submit"]', (el) => el.getBoundingClientRect().top);
    await typeInto(p, '#password', 'abc');
    await tabIntoCheck(p);
    await p.keyboard.press('Enter');
    await expectVerdict(p, 'ok');
    const before = await createAt();
    await strength(p, 'strong');
    // A button that moves under the pointer turns the applicant's click on Create into a click on nothing.
    expect(await createAt()).toBe(before);
  });

  it('drops its verdict as soon as the password changes, and says nothing for a refused one', async () => {
    const p = await open('create-account.html');
    await typeInto(p, '#password', 'Passord1');
    await strength(p, 'weak');
    await p.keyboard.type('!');
    await expectVerdict(p, 'refused');
    expect(await attr(p, CHECK, 'data-strength')).toBeNull();
  });
});
