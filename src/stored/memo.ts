import { z } from 'zod/mini';
import { APPLICANTS, METHODS } from '../advisor/types.ts';
import type { Message } from '../shared/message-key.ts';
import { hasControlCharacters } from './control-characters.ts';
import { looksLikeIdentityNumber } from './identity-number.ts';
import { list, oneOf, text } from './schema.ts';
import { MEMO_LIMITS } from './shapes.ts';

/**
 * "My applications": how each application was created, on the applicant's own machine. Never a password
 * (there is no field for one) and never a national identity number (refused wherever text goes in).
 */
export { MEMO_LIMITS } from './shapes.ts';

/** zod's own patterns (z.email() and z.iso.date() use the same), without their classes (see schema.ts). */
const isEmail = (text: string) => text.length <= MEMO_LIMITS.email && z.regexes.email.test(text);
const isDate = (text: string) => z.regexes.date.test(text);

const hasNoIdentityNumber = (s: string) => !looksLikeIdentityNumber(s);

export const MemoEntrySchema = z.object({
  id: text(1, 64),
  label: text(1, MEMO_LIMITS.label, (s) => hasNoIdentityNumber(s) && !hasControlCharacters(s)),
  applicant: oneOf(APPLICANTS),
  method: oneOf(METHODS),
  email: z.optional(text(1, MEMO_LIMITS.email, (s) => isEmail(s) && hasNoIdentityNumber(s))),
  /** When the application was created, YYYY-MM-DD. */
  date: text(10, 10, isDate),
});

export type MemoEntry = z.infer<typeof MemoEntrySchema>;

export const MemoSchema = z.object({
  entries: list(MemoEntrySchema, MEMO_LIMITS.entries),
});

export type Memo = z.infer<typeof MemoSchema>;

export const emptyMemo = (): Memo => ({ entries: [] });

/** Keeps the entries that still validate when the memo as a whole does not. */
export function salvageMemo(value: unknown): Memo | undefined {
  if (typeof value !== 'object' || value === null || !('entries' in value)) return undefined;
  const { entries } = value as { entries: unknown };
  if (!Array.isArray(entries)) return undefined;
  const kept = entries.flatMap((entry) => {
    const parsed = MemoEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  return { entries: kept.slice(0, MEMO_LIMITS.entries) };
}

/** What a form or a file may put in an entry, checked field by field for messages the applicant reads. */
export type EntryDraft = Omit<MemoEntry, 'email'> & { email: string };

export type FieldErrors = Partial<Record<'label' | 'email' | 'date', Message>>;

export function validateDraft(draft: EntryDraft): { entry: MemoEntry } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const label = draft.label.trim();
  const email = draft.email.trim();
  if (!label) errors.label = { key: 'memo_error_label_empty' };
  else if (label.length > MEMO_LIMITS.label) errors.label = { key: 'memo_error_label_long' };
  else if (looksLikeIdentityNumber(label)) errors.label = { key: 'memo_error_identity_number' };
  else if (hasControlCharacters(label)) errors.label = { key: 'memo_error_label_controls' };
  if (email && looksLikeIdentityNumber(email)) errors.email = { key: 'memo_error_identity_number' };
  else if (email && !isEmail(email)) {
    errors.email = { key: 'memo_error_email' };
  }
  if (!isDate(draft.date)) errors.date = { key: 'memo_error_date' };
  if (Object.keys(errors).length > 0) return { errors };
  const entry = MemoEntrySchema.safeParse({ ...draft, label, email: email || undefined });
  return entry.success ? { entry: entry.data } : { errors: { label: { key: 'memo_error_label_empty' } } };
}
