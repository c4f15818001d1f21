// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { forgetReads } from '../../src/popup/use-item.ts';
import { resetFakeBrowser } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
});
afterEach(cleanup);

describe('Troubleshooting', () => {
  it('lists the four problems as questions that open', () => {
    render(<App initialView="trouble" />);
    const summaries = [...document.querySelectorAll('summary')].map((s) => s.textContent);
    expect(summaries).toEqual([
      '“Create user account” does nothing',
      'I get an error when I log in',
      'I cannot find my application',
      'ID-porten does not work',
    ]);
  });

  it('opens outside pages as plain links in a new tab, only on udi.no and idporten.no', () => {
    render(<App initialView="trouble" />);
    const links = [...document.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
      expect(new URL(link.href).hostname).toMatch(/^www\.(udi|idporten)\.no$/);
      expect(link.textContent).toContain('(opens in a new tab)');
    }
  });

  it('says, as UDI’s FAQ does, that a new application can be sent from another account or a new one', () => {
    // FAQ: "If you need to send a new application, you can use another user account you have access to or
    // create a new user account."
    render(<App initialView="trouble" />);
    const topic = document.querySelector('details[data-topic="error"]') as HTMLElement;
    expect(topic.textContent).toContain(
      'you can send it from another user account you have access to, or from a new user account',
    );
  });

  it('says Digdir, not UDI, is responsible for ID-porten', () => {
    render(<App initialView="trouble" />);
    expect(screen.getByText(/Digitalisation Agency \(Digdir\) is responsible/)).toBeTruthy();
  });

  it('goes from "Create user account does nothing" to the password check', async () => {
    render(<App initialView="trouble" />);
    fireEvent.click(screen.getByRole('button', { name: 'Check a password' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Password check' })).toBeTruthy();
  });

  it('goes from "I cannot find my application" to My applications', async () => {
    render(<App initialView="trouble" />);
    fireEvent.click(screen.getByRole('button', { name: 'See your notes in My applications' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'My applications' })).toBeTruthy();
  });
});
