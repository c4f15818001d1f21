// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { forgetReads } from '../../src/popup/use-item.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
  state.locale = 'nb';
});
afterEach(cleanup);

describe('the popup in Norwegian Bokmål', () => {
  it('names its sections and gives the advice in Bokmål', () => {
    render(<App initialView="advisor" />);
    const nav = screen
      .getAllByRole('button')
      .slice(0, 5)
      .map((b) => b.textContent);
    expect(nav).toEqual([
      'Slik logger du inn',
      'Problemer',
      'Passordsjekk',
      'Mine søknader',
      'Innstillinger',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: 'Barnet mitt' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Bare MinID' }));
    expect(screen.getByText('Du må logge inn med: E-post og passord')).toBeTruthy();
    expect(screen.getByText(/MinID holder ikke/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'To måter å logge inn hos UDI på' })).toBeTruthy();
  });

  it('fills placeholders in Bokmål', async () => {
    render(<App initialView="check" />);
    expect(await screen.findByText(/bare bokstaver og sifre, 16 tegn, omtrent 95 bit styrke/)).toBeTruthy();
  });
});
