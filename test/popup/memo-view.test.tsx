// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/popup/app.tsx';
import { MemoView } from '../../src/popup/memo-view.tsx';
import { forgetReads } from '../../src/popup/use-item.ts';
import { MEMO_FORMAT } from '../../src/stored/memo-file.ts';
import { resetFakeBrowser, state } from '../shared/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', () => import('../shared/fake-browser.ts'));

const stored = () =>
  (state.store.get('memo') as { value: { entries: Record<string, unknown>[] } } | undefined)?.value;

/** jsdom's Blob has no text(); FileReader it is. */
const readBlob = (blob: Blob | undefined) =>
  new Promise<string>((resolve, reject) => {
    if (!blob) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = reject;
    reader.readAsText(blob);
  });

const entry = {
  id: 'e1',
  label: 'Work permit — Anna',
  applicant: 'employee',
  method: 'email',
  email: 'hr@example.com',
  date: '2025-02-14',
};

beforeEach(() => {
  resetFakeBrowser();
  forgetReads();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function openMemo() {
  render(<App initialView="memo" />);
  return screen.findByRole('button', { name: 'Add an application' });
}

describe('My applications', () => {
  it('adds a note and lists it, without any password field', async () => {
    fireEvent.click(await openMemo());
    expect(document.querySelector('input[type="password"]')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Name of the application'));
    type('Name of the application', 'Family — Ola');
    fireEvent.change(screen.getByLabelText('Who it is for'), { target: { value: 'family' } });
    fireEvent.change(screen.getByLabelText('How you logged in when you created it'), {
      target: { value: 'idporten' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const list = await screen.findByRole('list', { name: 'Noted applications' });
    expect(within(list).getByText('Family — Ola')).toBeTruthy();
    expect(within(list).getByText('Log in with: ID-porten')).toBeTruthy();
    expect(stored()?.entries).toMatchObject([
      { label: 'Family — Ola', applicant: 'family', method: 'idporten' },
    ]);
    // The live region is always there; it reads the result once the save is done.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  it('refuses a note started from the advisor when the memo is full, keeping what was typed', async () => {
    const full = Array.from({ length: 200 }, (_, i) => ({ ...entry, id: `e${i}`, label: `Note ${i}` }));
    state.store.set('memo', { v: 1, value: { entries: full } });
    render(<MemoView prefill={{ applicant: 'myself', method: 'idporten' }} />);
    type('Name of the application', 'One more');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('200'));
    expect(stored()?.entries).toHaveLength(200);
    expect((screen.getByLabelText('Name of the application') as HTMLInputElement).value).toBe('One more');
  });

  it('says so, and keeps the form, when storage refuses the save', async () => {
    render(<App initialView="memo" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an application' }));
    type('Name of the application', 'Student — Ali');
    state.failWrites = true;
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not save on this computer. Nothing was changed: please try again.',
      ),
    );
    expect(stored()).toBeUndefined();
    expect((screen.getByLabelText('Name of the application') as HTMLInputElement).value).toBe(
      'Student — Ali',
    );
  });

  it('refuses an identity number in the name, says why, and stores nothing', async () => {
    fireEvent.click(await openMemo());
    type('Name of the application', 'Anna 01019012345');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const field = screen.getByLabelText('Name of the application');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(screen.getByText(/looks like a national identity number or D-number/)).toBeTruthy();
    expect(stored()).toBeUndefined();
  });

  it.each([
    ['Arabic-Indic digits', 'Anna ٠١٠١٩٠١٢٣٤٥'],
    ['groups of 3', 'Anna 010 190 123 45'],
    ['an en dash', 'Anna 010190–12345'],
  ])('refuses an identity number written in %s', async (_, label) => {
    fireEvent.click(await openMemo());
    type('Name of the application', label);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/looks like a national identity number or D-number/)).toBeTruthy();
    expect(stored()).toBeUndefined();
  });

  it('refuses a name with a bidi override, says why, and keeps what was typed', async () => {
    fireEvent.click(await openMemo());
    const label = 'Work permit \u202eanna';
    type('Name of the application', label);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const field = screen.getByLabelText('Name of the application') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(screen.getByText(/contains invisible characters that change how text is shown/)).toBeTruthy();
    expect(field.value).toBe(label);
    expect(stored()).toBeUndefined();
  });

  it('shows a label inside <bdi>, also where the delete question quotes it', async () => {
    const arabic = { ...entry, label: 'تصريح عمل' };
    state.store.set('memo', { v: 1, value: { entries: [arabic] } });
    render(<App initialView="memo" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete تصريح عمل' }));
    const question = document.getElementById('delete-e1');
    expect(question?.textContent).toBe('Delete “تصريح عمل”?');
    expect(question?.querySelector('bdi')?.textContent).toBe('تصريح عمل');
    expect(document.querySelector('.memo-label bdi')?.textContent).toBe('تصريح عمل');
  });

  it('refuses an email address that is not one', async () => {
    fireEvent.click(await openMemo());
    type('Name of the application', 'Study permit');
    type('Email address you used (optional)', 'anna at example');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('This is not an email address.')).toBeTruthy();
  });

  it('edits a note', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry] } });
    render(<App initialView="memo" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Work permit — Anna' }));
    type('Name of the application', 'Work permit — Anna B.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Work permit — Anna B.');
    expect(stored()?.entries).toHaveLength(1);
  });

  it('shows an edit saved while the popup was still repairing damaged notes', async () => {
    // The first read writes the repaired memo back; the edit below lands before that read has finished.
    state.store.set('memo', { v: 1, value: { entries: [entry, { id: 'damaged' }] } });
    render(<App initialView="memo" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Work permit — Anna' }));
    type('Name of the application', 'Work permit — Anna B.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Work permit — Anna B.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Work permit — Anna B.')).toBeTruthy();
    expect(stored()?.entries).toMatchObject([{ label: 'Work permit — Anna B.' }]);
  });

  it('deletes a note only after confirming', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry] } });
    render(<App initialView="memo" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Work permit — Anna' }));
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement?.textContent).toBe('Delete');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Work permit — Anna' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('Nothing noted yet.');
    expect(stored()?.entries).toEqual([]);
  });

  it('exports the notes as a JSON file', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry] } });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<App initialView="memo" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export to a file' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const file = JSON.parse(await readBlob(blob));
    expect(file).toMatchObject({ format: MEMO_FORMAT, version: 1, entries: [entry] });
  });

  const importText = async (text: string) => {
    const input = (await screen.findByLabelText('Import a file')) as HTMLInputElement;
    const file = new File([text], 'memo.json', { type: 'application/json' });
    // jsdom's File has no text(); browsers do.
    Object.defineProperty(file, 'text', { value: async () => text });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };

  it('refuses a huge file without reading it', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry] } });
    render(<App initialView="memo" />);
    const input = (await screen.findByLabelText('Import a file')) as HTMLInputElement;
    const file = new File(['{}'], 'memo.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 2 ** 40 });
    const text = vi.fn(async () => '{}');
    const arrayBuffer = vi.fn();
    const stream = vi.fn();
    Object.assign(file, { text, arrayBuffer, stream });
    const readAsText = vi.spyOn(FileReader.prototype, 'readAsText');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is too large to be an export of My applications. Nothing was changed.',
    );
    for (const read of [text, arrayBuffer, stream, readAsText]) expect(read).not.toHaveBeenCalled();
    expect(stored()?.entries).toEqual([entry]);
  });

  it('imports a good file and says how many notes it added', async () => {
    state.store.set('memo', { v: 1, value: { entries: [entry] } });
    render(<App initialView="memo" />);
    const second = { ...entry, id: 'e2', label: 'Visitor visa' };
    await importText(JSON.stringify({ format: MEMO_FORMAT, version: 1, entries: [entry, second] }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported: 1 added, 1 updated.'));
    expect(stored()?.entries).toHaveLength(2);
  });

  it.each([
    ['not JSON', 'not json at all', 'This is not a JSON file. Nothing was changed.'],
    ['foreign JSON', '{"logins":[]}', 'This file is not an export of My applications from this extension.'],
    [
      'an identity number',
      JSON.stringify({ format: MEMO_FORMAT, version: 1, entries: [{ ...entry, label: 'Ola 01019012345' }] }),
      'Note 1 in the file contains what looks like a national identity number',
    ],
    [
      'an identity number in Arabic-Indic digits',
      JSON.stringify({ format: MEMO_FORMAT, version: 1, entries: [{ ...entry, label: 'Ola ٠١٠١٩٠١٢٣٤٥' }] }),
      'Note 1 in the file contains what looks like a national identity number',
    ],
    [
      'a bidi override in a name',
      JSON.stringify({ format: MEMO_FORMAT, version: 1, entries: [{ ...entry, label: 'Anna\u202e' }] }),
      'The name of note 1 in the file contains invisible characters',
    ],
  ])('rejects a file with %s, explains, and changes nothing', async (_, text, message) => {
    state.store.set('memo', { v: 1, value: { entries: [entry] } });
    render(<App initialView="memo" />);
    await importText(text);
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(stored()?.entries).toEqual([entry]);
  });
});
