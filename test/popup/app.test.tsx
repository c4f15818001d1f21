// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { forgetReads } from '../../src/popup/use-item.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup shell', () => {
  it('shows the extension name as its main heading and opens on "How to log in"', () => {
    render(<App initialView="advisor" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('UDI login helper');
    expect(screen.getByRole('button', { name: 'How to log in' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { level: 2, name: 'How should I log in?' })).toBeTruthy();
  });

  it.each([
    ['Problems', 'Problems logging in'],
    ['Password check', 'Password check'],
    ['My applications', 'My applications'],
    ['Settings', 'Settings'],
  ])('switches to %s with its section button', async (button, heading) => {
    render(<App initialView="advisor" />);
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy();
    expect(screen.getByRole('button', { name: button }).getAttribute('aria-current')).toBe('page');
  });

  it('tells the applicant when stored data was damaged, and repairs it', async () => {
    state.store.set('memo', { v: 1, value: 'not a memo' });
    state.store.set('settings', { v: 1, value: { generatorLength: 'x', loginHints: true, language: '' } });
    render(<App initialView="advisor" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('My applications could not be read and is now empty');
    expect(alert.textContent).toContain('Your settings could not be read');
    expect(state.store.get('memo')).toEqual({ v: 1, value: { entries: [] } });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says nothing about storage when the data is fine', async () => {
    render(<App initialView="advisor" />);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for udi.no access when the user withheld it', async () => {
    state.granted.clear();
    render(<App initialView="advisor" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on udi.no' }));
    expect(state.requests).toEqual([['https://*.udi.no/*']]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow on udi.no' })).toBeNull());
  });

  it('explains a refused udi.no access', async () => {
    state.granted.clear();
    state.grantOnRequest = false;
    render(<App initialView="advisor" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on udi.no' }));
    expect(await screen.findByText(/Not allowed. You can try again/)).toBeTruthy();
  });
});
