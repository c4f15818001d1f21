// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { PART_URLS } from '../../src/popup/use-part.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));
afterEach(cleanup);

// Its own file: the popup loads each part once, so only a fresh popup shows when.
describe('the checker’s lazily loaded parts', () => {
  it('loads the explanations at the first refused character and the estimator at the first accepted password', async () => {
    const scripts = (url: string) =>
      [...document.querySelectorAll('script')].filter((s) => s.getAttribute('src') === url);
    render(<App initialView="check" />);
    const field = (await screen.findByLabelText('Password to check')) as HTMLInputElement;
    expect(scripts(PART_URLS.strength)).toHaveLength(0);
    expect(scripts(PART_URLS.explain)).toHaveLength(0);
    fireEvent.input(field, { target: { value: 'a' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(scripts(PART_URLS.strength)).toHaveLength(0);
    expect(scripts(PART_URLS.explain)).toHaveLength(0);
    fireEvent.input(field, { target: { value: 'a!' } });
    await waitFor(() => expect(scripts(PART_URLS.explain)).toHaveLength(1));
    expect(scripts(PART_URLS.strength)).toHaveLength(0);
    fireEvent.input(field, { target: { value: 'Abcdefg1' } });
    await waitFor(() => expect(scripts(PART_URLS.strength)).toHaveLength(1));
    fireEvent.input(field, { target: { value: 'Abcdefg1!' } });
    expect(scripts(PART_URLS.strength)).toHaveLength(1);
    expect(scripts(PART_URLS.explain)).toHaveLength(1);
  });
});
