import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { describeInBrowsers, openExtensionPage, type SuiteContext } from './harness/suite.ts';

const FILES = mkdtempSync(join(tmpdir(), 'udi-popup-e2e-'));
const file = (name: string, text: string) => {
  const path = join(FILES, name);
  writeFileSync(path, text);
  return path;
};

const VIEWS = ['advisor', 'trouble', 'check', 'memo', 'settings'] as const;

async function openPopup(ctx: SuiteContext): Promise<Page> {
  const page = await openExtensionPage(ctx, 'main h1');
  await page.setViewport({ width: 360, height: 600 });
  return page;
}

const openView = (page: Page, view: (typeof VIEWS)[number]) =>
  page
    .click(`nav button[data-view="${view}"]`)
    .then(() => page.waitForSelector(`section[data-view="${view}"] h2`));

const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

/** The memo as stored, read through the extension's own storage API from the popup page. */
const storedMemo = (page: Page) =>
  page.evaluate(async () => {
    const all = await chrome.storage.local.get('memo');
    return (all.memo as { value?: { entries: { label: string }[] } } | undefined)?.value?.entries ?? [];
  });

async function addNote(page: Page, label: string) {
  await openView(page, 'memo');
  await page.click('button[data-action="add"]');
  await page.waitForSelector('#memo-label');
  await page.type('#memo-label', label);
  await page.select('#memo-applicant', 'employee');
  await page.select('#memo-method', 'email');
  await page.type('#memo-email', 'hr@example.com');
  await page.click('form.memo-form button[type="submit"]');
  await page.waitForFunction(
    (l) => [...document.querySelectorAll('.memo-label')].some((el) => el.textContent === l),
    {},
    label,
  );
}

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
};

describeInBrowsers('popup', (ctx) => {
  let page: Page | undefined;
  afterEach(async () => {
    await page?.evaluate(() => chrome.storage.local.clear()).catch(() => {});
    await page?.close();
    page = undefined;
  });

  it('names the two ways to log in, and that they are separate accounts, before any answer', async () => {
    page = await openPopup(ctx());
    const intro = await page.waitForSelector('[data-intro="login-ways"]', { visible: true });
    const seen = await intro?.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return {
        answered: document.querySelectorAll('input[type="radio"]:checked').length,
        inView: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
        heading: el.querySelector('h3')?.textContent,
        text: el.textContent ?? '',
      };
    });
    expect(seen).toMatchObject({ answered: 0, inView: true, heading: 'Two ways to log in at UDI' });
    expect(seen?.text).toMatch(/ID-porten.*Email and password.*separate accounts/);
  });

  it('answers "how should I log in?" for an employer, by keyboard only', async () => {
    page = await openPopup(ctx());
    await page.focus('input[name="applicant"]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // myself → child → family → employee
    await page.keyboard.press('Tab'); // into the e-ID question (nothing chosen yet: its first radio)
    await page.keyboard.press(' '); // BankID
    await page.waitForSelector('.advice');
    expect(await page.$eval('.advice', (el) => el.getAttribute('data-rule'))).toBe(
      'employer-must-not-use-idporten',
    );
    expect(await text(page, '.advice .recommended')).toBe('You must log in with: Email and password');
    expect(await text(page, '.advice')).toContain('Do not log in with your own ID-porten for an employee');
  });

  it('says MinID is not enough for ID-porten, even for yourself', async () => {
    page = await openPopup(ctx());
    await page.click('input[name="applicant"][value="myself"]');
    await page.click('input[name="eid"][value="minid"]');
    await page.waitForSelector('.advice');
    expect(await text(page, '.advice .recommended')).toBe('You must log in with: Email and password');
    expect(await text(page, '.advice')).toContain('MinID is not enough');
  });

  it('shows a visible focus ring on keyboard focus', async () => {
    page = await openPopup(ctx());
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.tag).toBe('BUTTON');
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('checks a typed password against UDI’s rules and generates one UDI accepts', async () => {
    page = await openPopup(ctx());
    await openView(page, 'check');
    const verdict = () => page?.$eval('#check-result', (el) => el.getAttribute('data-verdict'));
    await page.type('#check-password', 'Pass@word');
    expect(await verdict()).toBe('refused');
    await page.waitForSelector('.refused'); // the explanations follow the verdict (their own file)
    expect(await text(page, '.refused')).toContain('UDI refuses these characters');
    await page.click('#check-password', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#check-password', 'Password1');
    expect(await verdict()).toBe('ok');
    // UDI accepts it, and it is among the first guesses: the note that says so arrives after the estimator
    // loads and moves Generate down; a click before it lands where the button was (CI's Firefox did).
    await page.waitForSelector('#check-result .strength-weak', { timeout: 20_000 });
    await page.click('button[data-action="generate"]');
    const generated = await page.$eval('#check-password', (el) => (el as HTMLInputElement).value);
    expect(generated).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(await verdict()).toBe('ok');
    // Nothing of it is kept: not in storage, and not in any attribute.
    const leaked = await page.evaluate(async (pw) => {
      const stored = JSON.stringify(await chrome.storage.local.get(null as unknown as string));
      const attrs = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => a.value),
      );
      return stored.includes(pw) || attrs.some((a) => a.includes(pw));
    }, generated);
    expect(leaked).toBe(false);
  });

  it('says how easy an accepted password is to guess, loading the estimator only at the first one UDI accepts', async () => {
    page = await openPopup(ctx());
    await openView(page, 'check');
    const loaded = () =>
      page?.evaluate(() => document.querySelector('script[src$="/src/content/strength.js"]') !== null);
    expect(await loaded()).toBe(false);
    await page.type('#check-password', 'Sommer');
    expect(await loaded()).toBe(false); // UDI refuses it so far: nothing to estimate
    await page.type('#check-password', '2024');
    const weak = await page.waitForSelector('.strength-weak', { timeout: 20_000 });
    expect(await loaded()).toBe(true);
    expect(await weak?.evaluate((el) => el.textContent)).toMatch(
      /Easy to guess.*Norwegian word.*year or date.*Make it longer.*Generate a UDI-safe password/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#check-password', { count: 3 });
    await page.type('#check-password', 'sommer2024'); // UDI refuses it (no capital): nothing about guessing
    expect(await page.$('.strength')).toBeNull();
    await page.click('button[data-action="generate"]');
    await page.waitForSelector('.strength-strong');
    expect(await text(page, '.strength-strong')).toBe('✓ Hard to guess');
  });

  it('fits every view in 360 px without sideways scrolling', async () => {
    page = await openPopup(ctx());
    for (const view of VIEWS) {
      await openView(page, view);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, view).toBeLessThanOrEqual(360);
    }
  });

  it('mirrors for a right-to-left language without overflowing', async () => {
    page = await openPopup(ctx());
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    for (const view of VIEWS) {
      await openView(page, view);
      const layout = await page.evaluate(() => {
        // The heading's words, not its block (which spans the whole width either way).
        const words = document.createRange();
        words.selectNodeContents(document.querySelector('main h1') as Node);
        const h1 = words.getBoundingClientRect();
        return { width: document.documentElement.scrollWidth, h1Right: h1.right, h1Left: h1.left };
      });
      expect(layout.width, view).toBeLessThanOrEqual(360);
      // The heading starts at the right edge (inline start) in right-to-left.
      expect(360 - layout.h1Right, view).toBeLessThan(layout.h1Left);
    }
  });

  it('opens troubleshooting answers and links out in a new tab', async () => {
    page = await openPopup(ctx());
    await openView(page, 'trouble');
    await page.click('details[data-topic="lost"] summary');
    expect(await text(page, 'details[data-topic="lost"]')).toContain('log out of ID-porten');
    const links = await page.$$eval('a', (as) => as.map((a) => ({ href: a.href, target: a.target })));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link).toMatchObject({ target: '_blank', href: expect.stringMatching(/^https:/) });
  });

  it('remembers a note in My applications after the popup closes', async () => {
    page = await openPopup(ctx());
    await addNote(page, 'Work permit — Anna');
    await page.close();
    page = await openPopup(ctx());
    await openView(page, 'memo');
    await page.waitForSelector('.memo-item');
    expect(await text(page, '.memo-item')).toContain('Work permit — Anna');
  });

  it('refuses an identity number in a note and says why', async () => {
    page = await openPopup(ctx());
    await openView(page, 'memo');
    await page.click('button[data-action="add"]');
    await page.type('#memo-label', 'Ola 01019012345');
    await page.click('form.memo-form button[type="submit"]');
    await page.waitForSelector('#memo-label-error');
    expect(await text(page, '#memo-label-error')).toContain('national identity number');
    expect(await storedMemo(page)).toEqual([]);
  });

  it('exports My applications as a JSON file', async () => {
    page = await openPopup(ctx());
    await addNote(page, 'Family — Ola');
    // Catch the download link instead of letting the browser save the file.
    await page.evaluate(() => {
      const w = window as unknown as { exported?: Promise<string> };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        w.exported = fetch(this.href).then((r) => r.text());
      };
    });
    await page.click('button[data-action="export"]');
    await page.waitForFunction(() => 'exported' in window);
    const exported = JSON.parse(
      await page.evaluate(() => (window as unknown as { exported: Promise<string> }).exported),
    );
    expect(exported).toMatchObject({ format: 'udi-login-helper/my-applications', version: 1 });
    expect(exported.entries).toHaveLength(1);
    expect(exported.entries[0]).toMatchObject({
      label: 'Family — Ola',
      applicant: 'employee',
      method: 'email',
    });
  });

  it('rejects a bad import file with a clear error and changes nothing, then takes a good one', async () => {
    page = await openPopup(ctx());
    await addNote(page, 'Visitor visa');
    const input = await page.waitForSelector('input[data-action="import"]');
    await input?.uploadFile(file('passwords.json', '{"logins":[{"user":"a","password":"b"}]}'));
    // The alert region is always there (status.tsx), empty until the import's result arrives.
    await page.waitForFunction(() => document.querySelector('p.status[role="alert"]')?.textContent);
    expect(await text(page, 'p.status[role="alert"]')).toContain('not an export of My applications');
    expect((await storedMemo(page)).map((e) => e.label)).toEqual(['Visitor visa']);

    const good = {
      format: 'udi-login-helper/my-applications',
      version: 1,
      entries: [
        { id: 'x1', label: 'Study permit', applicant: 'myself', method: 'idporten', date: '2024-08-01' },
      ],
    };
    await input?.uploadFile(file('good.json', JSON.stringify(good)));
    await page.waitForFunction(() =>
      document.querySelector('p.status[role="status"]')?.textContent?.startsWith('Imported'),
    );
    expect((await storedMemo(page)).map((e) => e.label)).toEqual(['Visitor visa', 'Study permit']);
  });

  it('replaces damaged stored data by the default and says so', async () => {
    page = await openPopup(ctx());
    await page.evaluate(() =>
      (chrome.storage.local as unknown as { set(v: object): Promise<void> }).set({
        memo: { v: 1, value: 'garbage' },
      }),
    );
    await page.close();
    page = await openPopup(ctx());
    await page.waitForSelector('[data-notice="storage"]');
    expect(await text(page, '[data-notice="storage"]')).toContain('could not be read');
    // Written back as an empty memo ('garbage' has no entries either: the envelope tells them apart).
    const stored = await page.evaluate(async () => (await chrome.storage.local.get('memo')).memo);
    expect(stored).toMatchObject({ value: { entries: [] } });
  });

  it('does not ask for udi.no access the browser already granted', async () => {
    page = await openPopup(ctx());
    await openView(page, 'settings');
    await page.waitForSelector('#settings-length');
    await new Promise((r) => setTimeout(r, 300)); // the permission check is asynchronous
    expect(await page.$('[data-notice="host-access"]')).toBeNull();
  });

  it('saves the generator length in settings', async () => {
    page = await openPopup(ctx());
    await openView(page, 'settings');
    await page.waitForSelector('#settings-length'); // Settings renders once it has read storage
    await page.click('#settings-length', { count: 3 });
    await page.keyboard.type('32');
    await page.waitForFunction(async () => {
      const all = await chrome.storage.local.get('settings');
      return (
        (all.settings as { value?: { generatorLength?: number } } | undefined)?.value?.generatorLength === 32
      );
    });
  });

  it('has no WCAG 2.2 AA violations in any view, light and dark', async () => {
    page = await openPopup(ctx());
    await addNote(page, 'Work permit — Anna');
    for (const scheme of ['light', 'dark'] as const) {
      if (ctx().browser.name === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      } else if (scheme === 'dark') break; // Firefox over BiDi cannot emulate the colour scheme
      for (const view of VIEWS) {
        await openView(page, view);
        if (view === 'advisor') {
          await page.click('input[name="applicant"][value="child"]');
          await page.click('input[name="eid"][value="bankid"]');
        }
        if (view === 'check') {
          await page.type('#check-password', 'Pässword €1');
          // The explanations come with the first refused character (their own file).
          await (await page.waitForSelector('.refused button.link'))?.click(); // show the refused characters
        }
        if (view === 'trouble') {
          for (const summary of await page.$$('details summary')) await summary.click();
        }
        if (view === 'memo') {
          await page.click('button[data-action="add"]');
          await page.click('form.memo-form button[type="submit"]'); // show the errors too
        }
        expect(await axeViolations(page), `${view} (${scheme})`).toEqual([]);
      }
    }
  });
});
