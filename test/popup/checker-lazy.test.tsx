// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { STRENGTH_URL } from '../../src/popup/use-strength.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));
afterEach(cleanup);

// Its own file: the popup loads the estimator once, so only a fresh popup shows when.
describe('the checker’s strength estimator', () => {
  it('is not loaded when the popup opens, only after the first keystroke', async () => {
    const scripts = () =>
      [...document.querySelectorAll('script')].filter((s) => s.getAttribute('src') === STRENGTH_URL);
    render(<App initialView="check" />);
    const field = (await screen.findByLabelText('Password to check')) as HTMLInputElement;
    expect(scripts()).toHaveLength(0);
    fireEvent.input(field, { target: { value: 'a' } });
    await waitFor(() => expect(scripts()).toHaveLength(1));
    fireEvent.input(field, { target: { value: 'ab' } });
    expect(scripts()).toHaveLength(1);
  });
});
