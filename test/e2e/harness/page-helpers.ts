import type { ElementHandle, Frame, Page } from 'puppeteer-core';

export const CHECK = '[data-udi-helper="password-check"]';
export const CONFIRM = '[data-udi-helper="password-confirm"]';
export const LOGIN_HINT = '[data-udi-helper="login-hint"]';

/** The reference definition of a password UDI accepts, as the issue states it. */
export function udiAccepts(p: string): boolean {
  return /^[A-Za-z0-9]{8,}$/.test(p) && /[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p);
}

type Scope = Page | Frame;

/** Waits until the first password check's `data-verdict` reads `verdict`. */
export async function expectVerdict(scope: Scope, verdict: string, host = CHECK): Promise<void> {
  await scope.waitForFunction(
    (sel, v) => document.querySelector(sel)?.getAttribute('data-verdict') === v,
    { timeout: 5000 },
    host,
    verdict,
  );
}

/** Waits until the check has its explanations (the refused characters and their button are then shown). */
export async function expectExplained(scope: Scope, host = CHECK): Promise<void> {
  await scope.waitForSelector(`${host}[data-explained="true"]`, { timeout: 10_000 });
}

/**
 * Waits until nothing of ours is still on its way that would move the page under the pointer: the strength
 * note of an accepted password (the weak one is taller than the line kept for it). A person reads the
 * note, then clicks the page's button; a test clicking at once could hit where the button was.
 */
export async function checkSettled(scope: Scope): Promise<void> {
  await scope.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every(
        (el) => el.getAttribute('data-verdict') !== 'ok' || el.hasAttribute('data-strength'),
      ),
    { timeout: 15_000 },
    CHECK,
  );
}

export async function attr(scope: Scope, selector: string, name: string): Promise<string | null> {
  return scope.$eval(selector, (el, n) => el.getAttribute(n), name).catch(() => null);
}

/** Sets a field's value the way a password manager or page script does: no keystrokes, untrusted events. */
export async function fillLike(
  scope: Scope,
  selector: string,
  value: string,
  sequence: 'none' | 'chrome' | 'firefox' | 'bitwarden' | '1password' | 'paste',
): Promise<void> {
  await scope.$eval(
    selector,
    (el, v, seq) => {
      const field = el as HTMLInputElement;
      const fire = (e: Event) => field.dispatchEvent(e);
      const key = (type: string) => fire(new KeyboardEvent(type, { bubbles: true, key: 'a' }));
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const set = () => setter?.call(field, v);
      switch (seq) {
        case 'none':
          set();
          break;
        case 'chrome':
        case 'firefox':
          set();
          fire(new Event('input', { bubbles: true }));
          fire(new Event('change', { bubbles: true }));
          break;
        case 'bitwarden':
          field.focus();
          key('keydown');
          key('keypress');
          key('keyup');
          set();
          fire(new Event('input', { bubbles: true }));
          fire(new Event('change', { bubbles: true }));
          field.blur();
          break;
        case '1password':
          field.focus();
          key('keydown');
          set();
          fire(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
          key('keyup');
          fire(new Event('change', { bubbles: true }));
          field.blur();
          break;
        case 'paste':
          field.focus();
          fire(new ClipboardEvent('paste', { bubbles: true, cancelable: true }));
          set();
          fire(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
          break;
      }
    },
    value,
    sequence,
  );
}

/**
 * Keyboard only: Tab on from where the focus is (past a show-password toggle or a help link) until it is
 * in the check's panel, through open shadow roots (the panel's first button is Generate when offered).
 */
export async function tabIntoCheck(scope: Scope): Promise<void> {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const inCheck = await scope.evaluate((sel) => {
      let active: Element | null | undefined = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.matches(sel) ?? false;
    }, CHECK);
    if (inCheck) return;
  }
  throw new Error('Tab never reached the check');
}

/** Clicks into a field, once nothing of ours is about to move it (checkSettled), and types `text`. */
export async function typeInto(scope: Scope, selector: string, text: string): Promise<ElementHandle> {
  const field = await scope.waitForSelector(selector);
  if (!field) throw new Error(`${selector} not found`);
  await checkSettled(scope);
  await field.click();
  await field.type(text);
  return field;
}

/**
 * The page's whole DOM as JSON, our closed shadow roots included (Chromium's CDP can pierce them; Firefox's
 * BiDi cannot). The browser's own user-agent shadow trees are left out: an <input>'s inner editor holds its value.
 */
export async function piercedDom(page: Page): Promise<string> {
  const cdp = await page.createCDPSession();
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  await cdp.detach();
  return JSON.stringify(root, (key, value) =>
    key === 'shadowRoots' && Array.isArray(value)
      ? value.filter((r: { shadowRootType?: string }) => r.shadowRootType !== 'user-agent')
      : value,
  );
}

declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
};

/** Writes items into the extension's storage.local, from one of its own pages (the popup's). */
export function storeItems(extensionPage: Page, items: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate((v) => chrome.storage.local.set(v), items);
}

export function clearStorage(extensionPage: Page): Promise<void> {
  return extensionPage.evaluate(() => chrome.storage.local.clear());
}
