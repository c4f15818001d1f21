// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerPart } from '../../src/content/parts.ts';
import { findRefused } from '../../src/policy/find-refused.ts';
import { App } from '../../src/popup/app.tsx';
import { forgetReads } from '../../src/popup/use-item.ts';
import { PART_URLS } from '../../src/popup/use-part.ts';
import { estimateStrength } from '../../src/strength/estimate.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const writeText = vi.fn(async (_: string) => {});

// jsdom loads no scripts: when the checker adds a part's script element, "load" it as the browser would
// (the file registers itself on the global). test/popup/checker-lazy.test.tsx: when.
const append = document.head.append.bind(document.head);
document.head.append = (...nodes) => {
  for (const node of nodes) {
    const src = node instanceof HTMLScriptElement ? node.getAttribute('src') : null;
    if (src === PART_URLS.strength) registerPart('strength', estimateStrength);
    else if (src === PART_URLS.explain) registerPart('explain', findRefused);
    else {
      append(node);
      continue;
    }
    queueMicrotask(() => (node as HTMLScriptElement).dispatchEvent(new Event('load')));
  }
};

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
  writeText.mockClear();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

async function openChecker() {
  render(<App initialView="check" />);
  return (await screen.findByLabelText('Password to check')) as HTMLInputElement;
}
const type = (field: HTMLInputElement, value: string) => fireEvent.input(field, { target: { value } });
const verdict = () => document.querySelector('#check-result')?.getAttribute('data-verdict');

/** Every attribute of every element: a password must never show up in one. */
const attributeText = () =>
  [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)).join('\n');

describe('Password check', () => {
  it('says why 16 characters, and that the check on a page also takes the page’s own limits into account', async () => {
    await openChecker();
    expect(screen.getByText(/16 by default: UDI publishes no maximum/)).toBeTruthy();
    expect(screen.getByText(/takes that page’s own limits into account/)).toBeTruthy();
  });

  it('lists UDI’s rules and says when a password is accepted', async () => {
    const field = await openChecker();
    expect(field.type).toBe('password');
    type(field, 'abc');
    expect(verdict()).toBe('refused');
    expect(screen.getByText(/UDI will refuse this password/)).toBeTruthy();
    expect(document.querySelectorAll('.rule.unmet').length).toBeGreaterThan(0);
    type(field, 'Abcdefg1');
    expect(verdict()).toBe('ok');
    expect(screen.getByText(/UDI accepts this password/)).toBeTruthy();
  });

  it('explains refused characters the way the overlay does, hidden until asked for', async () => {
    const field = await openChecker();
    type(field, 'Pässword1');
    // The explanations come with the first refused character (their own part); the verdict does not wait.
    expect(verdict()).toBe('refused');
    expect(await screen.findByRole('heading', { name: 'UDI refuses these characters' })).toBeTruthy();
    expect(document.querySelector('.char')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the characters' }));
    expect(document.querySelector('.char')?.textContent).toBe('ä');
  });

  it('generates a letters-and-digits password of the length in settings, and says so honestly', async () => {
    state.store.set('settings', { v: 1, value: { generatorLength: 32, loginHints: true, language: '' } });
    const field = await openChecker();
    await screen.findByText(/only letters and digits, 32 characters/);
    expect(screen.getByText(/UDI advises against password generators/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Generate a UDI-safe password' }));
    expect(field.value).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(verdict()).toBe('ok');
  });

  it('copies the password to the clipboard', async () => {
    const field = await openChecker();
    const copy = screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    type(field, 'Abcdefg1');
    fireEvent.click(copy);
    await screen.findByText('Copied.');
    expect(writeText).toHaveBeenCalledWith('Abcdefg1');
  });

  it('says next to Copy that the clipboard may keep the password, and suggests Generate on the page', async () => {
    await openChecker();
    const copy = screen.getByRole('button', { name: 'Copy' });
    const noteId = copy.getAttribute('aria-describedby');
    const note = noteId ? document.getElementById(noteId) : null;
    expect(note?.textContent).toMatch(/clipboard history or sync may keep it/);
    expect(note?.textContent).toMatch(/On UDI’s page, use “Generate a UDI-safe password”/);
    expect(note?.textContent).toMatch(/your browser or password manager can save it/);
    // Right after the row with the button, before anything else.
    expect(copy.closest('.actions')?.nextElementSibling).toBe(note);
  });

  it('says so when copying fails', async () => {
    writeText.mockRejectedValueOnce(new Error('denied'));
    const field = await openChecker();
    type(field, 'Abcdefg1');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not copy/);
  });

  it('keeps the password out of storage, attributes and the console, and forgets it when left', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const field = await openChecker();
    type(field, 'Secret99xyz');
    fireEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(field.type).toBe('text');
    expect(attributeText()).not.toContain('Secret99xyz');
    expect(JSON.stringify([...state.store.values()])).not.toContain('Secret99xyz');
    expect(JSON.stringify([...log.mock.calls, ...warn.mock.calls])).not.toContain('Secret99xyz');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Password check' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Password to check') as HTMLInputElement).value).toBe(''),
    );
  });
});

describe('Password check: how easy an accepted password is to guess', () => {
  const note = () => document.querySelector('.strength');

  it('says an accepted but common password is easy to guess, why, and what to do', async () => {
    const field = await openChecker();
    type(field, 'Passord1');
    expect(verdict()).toBe('ok');
    expect((await screen.findByText('Easy to guess')).closest('.strength-weak')).toBeTruthy();
    expect(screen.getByText('It is built on a common Norwegian word or name.')).toBeTruthy();
    expect(screen.getByText(/Make it longer.*Or press “Generate a UDI-safe password”/)).toBeTruthy();
    type(field, 'Sommer2024');
    await screen.findByText('A word with a year or date is among the first things attackers try.');
  });

  it('says "Hard to guess" next to UDI’s acceptance, and of a generated password', async () => {
    const field = await openChecker();
    type(field, 'tV8kWq2mRzL5');
    expect(await screen.findByText('Hard to guess')).toBeTruthy();
    expect(note()?.classList.contains('strength-strong')).toBe(true);
    type(field, '');
    fireEvent.click(screen.getByRole('button', { name: 'Generate a UDI-safe password' }));
    await screen.findByText('Hard to guess');
    expect(screen.getByText(/UDI accepts this password/)).toBeTruthy();
  });

  it('says nothing about guessing while UDI’s rules are not met', async () => {
    const field = await openChecker();
    type(field, 'Passord1');
    await screen.findByText('Easy to guess');
    for (const refused of ['passord', 'Passord', 'Pässord1', 'Pass1']) {
      type(field, refused);
      expect(verdict(), refused).toBe('refused');
      expect(note(), refused).toBeNull();
    }
    type(field, 'tV8kWq2mRzL5ä');
    expect(note()).toBeNull();
    expect(screen.queryByText('Hard to guess')).toBeNull();
  });

  it('keeps the password out of attributes and storage', async () => {
    const field = await openChecker();
    type(field, 'Sommer2024');
    await screen.findByText('Easy to guess');
    expect(attributeText()).not.toMatch(/sommer|2024/i);
    expect(JSON.stringify([...state.store.values()])).not.toContain('Sommer2024');
  });
});
