import { z } from 'zod/mini';
import type { Message } from '../shared/message-key.ts';
import { hasControlCharacters } from './control-characters.ts';
import { looksLikeIdentityNumber } from './identity-number.ts';
import { MEMO_LIMITS, type Memo, type MemoEntry, MemoEntrySchema } from './memo.ts';
import { list, oneOf } from './schema.ts';

/** Export / import of "My applications" as a JSON file the applicant keeps or moves to another machine. */
export const MEMO_FORMAT = 'udi-login-helper/my-applications';
export const MEMO_FILE_VERSION = 1;
export const MEMO_FILE_MAX_BYTES = 256 * 1024;

const FileSchema = z.object({
  format: oneOf([MEMO_FORMAT]),
  version: oneOf([MEMO_FILE_VERSION]),
  /** Each entry is parsed on its own below, to name the one that is wrong. */
  entries: list(z.custom(), MEMO_LIMITS.entries),
});

export function exportMemo(memo: Memo, now = new Date()): string {
  const file = { format: MEMO_FORMAT, version: MEMO_FILE_VERSION, exported: now.toISOString(), ...memo };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; entries: MemoEntry[] } | { ok: false; error: Message };

const fail = (key: Message['key'], ...params: string[]): ImportResult => ({
  ok: false,
  error: { key, params },
});

/** Reads a file the applicant chose. Its size is checked first: a file far too large is never read. */
export async function readMemoFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportResult> {
  if (file.size > MEMO_FILE_MAX_BYTES) return fail('memo_import_too_large');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('memo_import_read_error');
  }
  return parseMemoFile(text);
}

/** Reads an exported file. Any problem rejects the whole file, so a bad import changes nothing. */
export function parseMemoFile(text: string): ImportResult {
  if (text.length > MEMO_FILE_MAX_BYTES) return fail('memo_import_too_large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('memo_import_not_json');
  }
  const format =
    typeof json === 'object' && json !== null ? (json as { format?: unknown }).format : undefined;
  if (format !== MEMO_FORMAT) return fail('memo_import_foreign');
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > MEMO_FILE_VERSION) return fail('memo_import_newer');
  const file = FileSchema.safeParse(json);
  if (!file.success) return fail('memo_import_invalid');
  const entries: MemoEntry[] = [];
  for (const [index, raw] of file.data.entries.entries()) {
    const position = String(index + 1);
    if (containsIdentityNumber(raw)) return fail('memo_import_identity_number', position);
    const label = (raw as { label?: unknown } | null)?.label;
    if (typeof label === 'string' && hasControlCharacters(label)) {
      return fail('memo_import_label_controls', position);
    }
    const entry = MemoEntrySchema.safeParse(raw);
    if (!entry.success) return fail('memo_import_bad_entry', position);
    entries.push(entry.data);
  }
  return { ok: true, entries };
}

function containsIdentityNumber(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  return Object.values(raw).some((v) => typeof v === 'string' && looksLikeIdentityNumber(v));
}

/**
 * Imported (or saved) entries replace entries with the same id and are added otherwise; the rest stays.
 * `full`: the result would exceed MEMO_LIMITS.entries, so it must not be stored.
 */
export function mergeMemo(
  memo: Memo,
  imported: readonly MemoEntry[],
): { memo: Memo; added: number; updated: number; full: boolean } {
  const byId = new Map(memo.entries.map((e) => [e.id, e]));
  let added = 0;
  let updated = 0;
  for (const entry of imported) {
    if (byId.has(entry.id)) updated++;
    else added++;
    byId.set(entry.id, entry);
  }
  return { memo: { entries: [...byId.values()] }, added, updated, full: byId.size > MEMO_LIMITS.entries };
}
