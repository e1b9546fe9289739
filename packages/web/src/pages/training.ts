/**
 * Training expiry per account: the earliest expiry among its operators'
 * current courses. Loaded only when the training filter is used, since it
 * takes a request per account and per person.
 */
import { api } from '../api/client.js';
import type { Account, AccountOperator, TrainingRecord } from '../api/types.js';
import type { TrainingExpiry } from './accountFilters.js';

/** Latest expiry of a person's courses ('none' without any; far future for courses that never expire). */
export function personExpiry(records: readonly TrainingRecord[]): string | 'none' {
  if (records.length === 0) return 'none';
  let best = '';
  for (const r of records) {
    const e = r.expiresOn ?? '9999-12-31';
    if (e > best) best = e;
  }
  return best;
}

/** Earliest of the operators' expiries; 'none' if an operator has no training or there are no operators. */
export function accountExpiry(perPerson: ReadonlyArray<string | 'none'>): string | 'none' {
  if (perPerson.length === 0 || perPerson.includes('none')) return 'none';
  return [...perPerson].sort()[0]!;
}

/** Load expiries for the accounts. */
export async function loadTrainingExpiry(accounts: readonly Account[]): Promise<TrainingExpiry> {
  const people = new Map<string, Promise<string | 'none'>>();
  const person = (id: string): Promise<string | 'none'> => {
    let p = people.get(id);
    if (!p) {
      p = api.get<{ items: TrainingRecord[] }>(`/api/people/${encodeURIComponent(id)}/training`).then((r) => personExpiry(r.items), () => 'none' as const);
      people.set(id, p);
    }
    return p;
  };
  const out: TrainingExpiry = new Map();
  await Promise.all(accounts.map(async (a) => {
    const d = await api.get<{ operators: AccountOperator[] }>(`/api/accounts/${encodeURIComponent(a.id)}`);
    out.set(a.id, accountExpiry(await Promise.all(d.operators.map((o) => person(o.personId)))));
  }));
  return out;
}
