/** Display helpers: enum values as words, dates in UK style. */

const SPECIAL: Record<string, string> = {
  x: 'X', tiktok: 'TikTok', youtube: 'YouTube', pre_approval: 'Pre-approval', digital_desk: 'Digital desk',
  force_admin: 'Force administrator', system_admin: 'System administrator', s3: 'S3',
};

/** `data_protection` → `Data protection`. */
export function label(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const special = SPECIAL[value];
  if (special) return special;
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** `2025-03-01` → `1 Mar 2025`; invalid or empty values show a dash. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateFmt.format(d);
}

/** A date-time in UK style. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateTimeFmt.format(d);
}

/** Whole days from `now` to `iso` (negative when past). */
export function daysUntil(iso: string, now: Date = new Date()): number {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Math.floor((t - now.getTime()) / 86_400_000);
}
