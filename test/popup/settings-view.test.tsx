// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { siteOf } from '../../src/popup/sites.ts';
import { forgetReads } from '../../src/popup/use-item.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const settings = () => (state.store.get('settings') as { value: Record<string, unknown> } | undefined)?.value;

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
});
afterEach(cleanup);

describe('Settings', () => {
  it('saves a generator length in range and explains one out of range', async () => {
    render(<App initialView="settings" />);
    const field = await screen.findByLabelText('Length of generated passwords');
    expect((field as HTMLInputElement).value).toBe('16');
    // Why 16, in the field's description: B2C pages of UDI's kind refuse more than 16.
    const hint = document.getElementById(field.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(hint?.textContent).toMatch(/16 by default: UDI publishes no maximum.*longer than 16/);
    fireEvent.input(field, { target: { value: '32' } });
    await waitFor(() => expect(settings()?.generatorLength).toBe(32));
    fireEvent.input(field, { target: { value: '99' } });
    expect(screen.getByText('Choose a whole number from 12 to 64.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(settings()?.generatorLength).toBe(32);
  });

  it('turns the login-page hints off', async () => {
    render(<App initialView="settings" />);
    const box = await screen.findByRole('checkbox', { name: /remind me to log in/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(settings()?.loginHints).toBe(false));
  });

  it('offers "Use on this site" for a page the content script does not match, and registers it', async () => {
    state.activeTabUrl = 'https://soknad.udi-portal.no/login?x=1';
    render(<App initialView="settings" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use on soknad.udi-portal.no' }));
    expect(state.requests).toEqual([['https://soknad.udi-portal.no/*']]);
    await screen.findByText('Added. Reload the page on soknad.udi-portal.no.');
    expect([...state.scripts.values()]).toEqual([
      {
        id: 'site:soknad.udi-portal.no',
        matches: ['https://soknad.udi-portal.no/*'],
        js: ['src/content/index.js'],
        runAt: 'document_start',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
    expect(await screen.findByRole('button', { name: 'Remove soknad.udi-portal.no' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Use on/ })).toBeNull();
  });

  it('changes nothing when the user refuses the site', async () => {
    state.activeTabUrl = 'https://example.org/';
    state.grantOnRequest = false;
    render(<App initialView="settings" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use on example.org' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not allowed: nothing was changed.');
    expect(state.scripts.size).toBe(0);
  });

  it('removes an added site and its permission', async () => {
    state.scripts.set('site:example.org', { id: 'site:example.org', matches: ['https://example.org/*'] });
    state.granted.add('https://example.org/*');
    render(<App initialView="settings" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove example.org' }));
    await screen.findByText('No other sites.');
    expect(state.scripts.size).toBe(0);
    expect(state.granted.has('https://example.org/*')).toBe(false);
  });

  it.each([
    ['https://selfservice.udi.no/x', undefined],
    ['http://udi.no/', undefined],
    ['chrome://extensions', undefined],
    ['moz-extension://abc/popup.html', undefined],
    ['not a url', undefined],
    // Plain http: anyone on the network path writes the page, so it is never offered.
    ['http://soknad.udi-portal.no/', undefined],
    ['https://my.udi-portal.no:8443/a', 'my.udi-portal.no'],
  ])('treats %s as %s', (url, host) => {
    expect(siteOf(url)?.host).toBe(host);
  });

  it('offers nothing on a plain-http page', async () => {
    state.activeTabUrl = 'http://soknad.udi-portal.no/login';
    render(<App initialView="settings" />);
    await screen.findByText('No other sites.');
    expect(screen.queryByRole('button', { name: /^Use on/ })).toBeNull();
  });
});
