/**
 * The public register of official police social media accounts: what
 * /public, /public/accounts.json and /public/accounts.csv show, and the
 * "is @handle official?" lookup. Rows are built field by field from
 * PUBLIC_FIELDS, so nothing else about an account (ids, operators, trust
 * tier, status history, reasons) can reach the public.
 */
import { csvField } from './render-csv.js';
import { label, PLATFORM_LABELS } from './labels.js';
import type { RegisterRow, ReportRepo } from './source.js';

/** The fields marked public. Anything not listed here is never published. */
export const PUBLIC_FIELDS = ['platform', 'handle', 'url', 'forceCode', 'forceName', 'teamOrRole', 'official'] as const;
/** One of PUBLIC_FIELDS. */
export type PublicField = (typeof PUBLIC_FIELDS)[number];

/** One row of the public register. */
export interface PublicAccount {
  platform: string;
  handle: string;
  /** Profile address; only for official accounts. */
  url: string | null;
  forceCode: string;
  forceName: string;
  /** The team the account speaks for, or its kind ("Force account"); only for official accounts. */
  teamOrRole: string | null;
  /** True for accredited and reinstated accounts; false for suspended and closed ones (no reason given). */
  official: boolean;
}

const OFFICIAL = new Set(['accredited', 'reinstated']);

function teamOrRole(r: RegisterRow): string {
  if (r.kind === 'force') return 'Force account';
  if (r.kind === 'team') return r.team ?? 'Team account';
  return r.team ? `Officer account, ${r.team}` : 'Officer account';
}

/** A register row as the public may see it. */
export function toPublic(r: RegisterRow): PublicAccount {
  const official = OFFICIAL.has(r.status);
  // An account that is no longer official shows only enough to recognise it: no team, role or address.
  return {
    platform: r.platform, handle: r.handle, url: official ? r.url : null, forceCode: r.forceCode, forceName: r.forceName,
    teamOrRole: official ? teamOrRole(r) : null, official,
  };
}

/** Every account in the public register (official first, then by force, platform and handle). */
export async function publicRegister(repo: ReportRepo): Promise<PublicAccount[]> {
  const rows = (await repo.register()).filter((r) => r.status !== 'applied').map(toPublic);
  return rows.sort((a, b) => Number(b.official) - Number(a.official) || a.forceCode.localeCompare(b.forceCode)
    || a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
}

/** Normalise what someone typed: a handle with or without @, or a profile address. */
export function normaliseHandle(input: string): string {
  let s = input.trim().toLowerCase();
  if (/^https?:\/\//.test(s)) {
    try {
      const parts = new URL(s).pathname.split('/').filter((p) => p !== '');
      s = parts.at(-1) ?? '';
    } catch {
      return '';
    }
  }
  while (s.startsWith('@')) s = s.slice(1);
  return s;
}

/** Register entries for a typed handle (Mastodon-style `user@server` also matches a bare `user`). */
export function lookup(register: readonly PublicAccount[], input: string, platform?: string): PublicAccount[] {
  const q = normaliseHandle(input);
  if (q === '') return [];
  return register.filter((a) => {
    if (platform !== undefined && a.platform !== platform) return false;
    const h = normaliseHandle(a.handle);
    return h === q || h.startsWith(`${q}@`);
  });
}

/** The register as open-data JSON. */
export function registerJson(rows: readonly PublicAccount[], generatedAt: string): Record<string, unknown> {
  return {
    title: 'Register of official police social media accounts',
    generatedAt,
    fields: PUBLIC_FIELDS,
    notes: 'official=false means the account is not an official police account now (suspended or closed). No reasons are published.',
    accounts: rows.map((r) => Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, r[f]]))),
  };
}

/** The register as CSV (CRLF line ends; formula-like text neutralised). */
export function registerCsv(rows: readonly PublicAccount[]): string {
  const head = PUBLIC_FIELDS.join(',');
  const lines = rows.map((r) => PUBLIC_FIELDS.map((f) => {
    const v = r[f];
    return csvField(typeof v === 'boolean' ? (v ? 'yes' : 'no') : v);
  }).join(','));
  return `${[head, ...lines].join('\r\n')}\r\n`;
}

/** The platform's name for people. */
export const platformName = (p: string): string => label(PLATFORM_LABELS, p);
