import type { Applicant, EId, Method } from '../advisor/index.ts';
import { t, uiLanguage } from '../shared/i18n.ts';

export const applicantLabel = (applicant: Applicant): string => t(`advisor_applicant_${applicant}`);
export const eidLabel = (eid: EId): string => t(`advisor_eid_${eid}`);
export const methodLabel = (method: Method): string => t(`advisor_method_${method}`);

/** A stored YYYY-MM-DD date in the UI language, e.g. "3 Mar 2025" / "3. mar. 2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(
    new Date(year, month - 1, day),
  );
}

/** Today as YYYY-MM-DD in local time (what a date field shows). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
