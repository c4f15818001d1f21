import { describe, expect, it, vi } from 'vitest';
import { type EntryDraft, MemoEntrySchema, validateDraft } from '../../src/stored/memo.ts';
import {
  exportMemo,
  MEMO_FILE_MAX_BYTES,
  MEMO_FORMAT,
  mergeMemo,
  parseMemoFile,
  readMemoFile,
} from '../../src/stored/memo-file.ts';

const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({
  id: 'id-1',
  label: 'Work permit — Anna',
  applicant: 'employee',
  method: 'email',
  email: 'hr@example.com',
  date: '2025-02-14',
  ...over,
});

describe('validateDraft (the memo form)', () => {
  it('accepts a complete entry and trims it', () => {
    expect(validateDraft(draft({ label: '  Family — Ola ', email: '' }))).toEqual({
      entry: {
        id: 'id-1',
        label: 'Family — Ola',
        applicant: 'employee',
        method: 'email',
        date: '2025-02-14',
      },
    });
  });

  it.each([
    ['label', draft({ label: ' ' }), 'memo_error_label_empty'],
    ['label', draft({ label: 'x'.repeat(81) }), 'memo_error_label_long'],
    ['label', draft({ label: 'Anna 01019012345' }), 'memo_error_identity_number'],
    ['label', draft({ label: 'Anna ٠١٠١٩٠١٢٣٤٥' }), 'memo_error_identity_number'],
    ['label', draft({ label: 'Anna 010 190 123 45' }), 'memo_error_identity_number'],
    ['label', draft({ label: 'Anna 010190–12345' }), 'memo_error_identity_number'],
    ['label', draft({ label: 'Work permit\u202e — Anna' }), 'memo_error_label_controls'],
    ['label', draft({ label: 'Work\u200bpermit' }), 'memo_error_label_controls'],
    ['email', draft({ email: '01019012345@example.com' }), 'memo_error_identity_number'],
    ['email', draft({ email: 'not an address' }), 'memo_error_email'],
    ['date', draft({ date: '2025-13-01' }), 'memo_error_date'],
  ] as const)('refuses a bad %s with %s', (field, d, key) => {
    const result = validateDraft(d);
    expect('errors' in result && result.errors[field]?.key).toBe(key);
  });
});

describe('the stored shape of an entry', () => {
  it.each([
    ['a bidi override in the label', { label: 'Anna\u202e: ID-porten' }],
    ['a zero-width space in the label', { label: 'An\u200bna' }],
    ['a newline in the label', { label: 'Anna\nBerg' }],
  ])('refuses %s', (_, over) => {
    expect(MemoEntrySchema.safeParse(draft({ ...over, email: 'hr@example.com' })).success).toBe(false);
  });

  it('keeps a Persian label with its zero-width non-joiner', () => {
    expect(MemoEntrySchema.safeParse(draft({ label: 'اجازه\u200cی کار' })).success).toBe(true);
  });

  it.each(['٠١٠١٩٠١٢٣٤٥', '010 190 123 45', '010190–12345'])(
    'refuses the identity number %s without repeating it in the error',
    (number) => {
      const result = MemoEntrySchema.safeParse(draft({ label: `Ola ${number}` }));
      expect(result.success).toBe(false);
      const error = JSON.stringify(result.error) + String(result.error?.message);
      for (const digits of [number, '01019012345', '12345', '٠١٠١٩٠']) expect(error).not.toContain(digits);
    },
  );
});

describe('export and import', () => {
  const valid = validateDraft(draft());
  if (!('entry' in valid)) throw new Error('the sample draft must be valid');
  const memo = { entries: [valid.entry] };

  it('round-trips an export', () => {
    const text = exportMemo(memo, new Date('2025-03-01T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: MEMO_FORMAT,
      version: 1,
      exported: '2025-03-01T10:00:00.000Z',
    });
    expect(parseMemoFile(text)).toEqual({ ok: true, entries: memo.entries });
  });

  it.each([
    ['not JSON', 'hello', 'memo_import_not_json'],
    ['another program’s JSON', '{"passwords":[]}', 'memo_import_foreign'],
    ['a JSON array', '[1,2]', 'memo_import_foreign'],
    ['a newer format', JSON.stringify({ format: MEMO_FORMAT, version: 2, entries: [] }), 'memo_import_newer'],
    [
      'entries not a list',
      JSON.stringify({ format: MEMO_FORMAT, version: 1, entries: {} }),
      'memo_import_invalid',
    ],
    [
      'a damaged entry',
      JSON.stringify({ format: MEMO_FORMAT, version: 1, entries: [{ id: 'x' }] }),
      'memo_import_bad_entry',
    ],
    ['a huge file', ' '.repeat(300_000), 'memo_import_too_large'],
  ])('rejects %s with a clear error', (_, text, key) => {
    const result = parseMemoFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.key).toBe(key);
  });

  it('rejects a file with an identity number and names the entry', () => {
    const entries = [draft({ id: 'a' }), draft({ id: 'b', label: 'Ola 010190 12345' })];
    const result = parseMemoFile(JSON.stringify({ format: MEMO_FORMAT, version: 1, entries }));
    expect(result).toEqual({ ok: false, error: { key: 'memo_import_identity_number', params: ['2'] } });
  });

  it.each([
    ['Arabic-Indic digits', 'Ola ٠١٠١٩٠١٢٣٤٥'],
    ['groups of 3', 'Ola 010 190 123 45'],
    ['an en dash', 'Ola 010190–12345'],
  ])('rejects a file with an identity number in %s, naming only the entry', (_, label) => {
    const entries = [draft({ id: 'a' }), draft({ id: 'b', label })];
    const result = parseMemoFile(JSON.stringify({ format: MEMO_FORMAT, version: 1, entries }));
    expect(result).toEqual({ ok: false, error: { key: 'memo_import_identity_number', params: ['2'] } });
  });

  it('rejects a file whose label holds bidi controls, and names the entry', () => {
    const entries = [draft({ id: 'a' }), draft({ id: 'b', label: 'Visitor\u202e visa' })];
    const result = parseMemoFile(JSON.stringify({ format: MEMO_FORMAT, version: 1, entries }));
    expect(result).toEqual({ ok: false, error: { key: 'memo_import_label_controls', params: ['2'] } });
  });

  it('checks a chosen file’s size before reading a byte of it', async () => {
    const text = vi.fn(async () => '{}');
    const result = await readMemoFile({ size: 2 ** 40, text });
    expect(result).toEqual({ ok: false, error: { key: 'memo_import_too_large', params: [] } });
    expect(text).not.toHaveBeenCalled();
    // One byte over the limit is enough; at the limit the file is read.
    await readMemoFile({ size: MEMO_FILE_MAX_BYTES + 1, text });
    expect(text).not.toHaveBeenCalled();
    await readMemoFile({ size: MEMO_FILE_MAX_BYTES, text });
    expect(text).toHaveBeenCalledOnce();
  });

  it('reads a good file and says so when a file cannot be read', async () => {
    const memoText = exportMemo(memo);
    expect(await readMemoFile({ size: memoText.length, text: async () => memoText })).toEqual({
      ok: true,
      entries: memo.entries,
    });
    const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(await readMemoFile(unreadable)).toMatchObject({
      ok: false,
      error: { key: 'memo_import_read_error' },
    });
  });

  it('ignores a password field someone added to a file (never stored)', () => {
    const entries = [{ ...draft(), password: 'Secret123' }];
    const result = parseMemoFile(JSON.stringify({ format: MEMO_FORMAT, version: 1, entries }));
    expect(result.ok && JSON.stringify(result.entries)).not.toContain('Secret123');
  });

  it('merges by id: same id replaced, new ones added, the rest kept', () => {
    const a = { ...valid.entry, id: 'a' };
    const b = { ...a, id: 'b' };
    const merged = mergeMemo({ entries: [a, b] }, [
      { ...a, label: 'Renamed' },
      { ...a, id: 'c' },
    ]);
    expect(merged.added).toBe(1);
    expect(merged.updated).toBe(1);
    expect(merged.memo.entries.map((e) => `${e.id}:${e.label}`)).toEqual([
      'a:Renamed',
      `b:${a.label}`,
      `c:${a.label}`,
    ]);
  });
});
