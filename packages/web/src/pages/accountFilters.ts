/**
 * Filtering the register. The whole register within reach is loaded once
 * (one force has a few hundred accounts at most) and filtered here, so the
 * filter choices (teams present) come from the same list.
 */
import type { Account } from '../api/types.js';
import { daysUntil } from '../ui/format.js';

/** The filters, as kept in the page address. */
export interface AccountFilter {
  status: string;
  platform: string;
  team: string;
  /** '' any, 'expired', or a number of days ('30', '90'). */
  training: string;
}

/** Read filters from the hash query. */
export function readFilter(q: URLSearchParams): AccountFilter {
  return { status: q.get('status') ?? '', platform: q.get('platform') ?? '', team: q.get('team') ?? '', training: q.get('training') ?? '' };
}

/** Earliest training expiry among an account's operators: ISO date, 'none' (no current training), or absent when unknown. */
export type TrainingExpiry = Map<string, string | 'none'>;

/** Does the account pass the training filter? */
export function matchesTraining(expiry: string | 'none' | undefined, filter: string, now: Date = new Date()): boolean {
  if (filter === '') return true;
  if (expiry === undefined) return false;
  if (expiry === 'none') return true;
  const days = daysUntil(expiry, now);
  if (filter === 'expired') return days < 0;
  const within = Number(filter);
  return Number.isFinite(within) && days <= within;
}

/** Apply the client-side filters. */
export function applyFilter(accounts: readonly Account[], f: AccountFilter, training?: TrainingExpiry, now: Date = new Date()): Account[] {
  return accounts.filter((a) => (f.status === '' || a.status === f.status)
    && (f.platform === '' || a.platform === f.platform)
    && (f.team === '' || (a.team ?? '') === f.team)
    && (f.training === '' || matchesTraining(training?.get(a.id), f.training, now)));
}

/** Teams present in the list, sorted. */
export function teamsOf(accounts: readonly Account[]): string[] {
  return [...new Set(accounts.map((a) => a.team).filter((t): t is string => !!t))].sort();
}
