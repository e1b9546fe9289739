/** Names for ids: accounts and people, loaded once per page. */
import { listAll } from '../api/hooks.js';
import type { Account, Person } from '../api/types.js';
import { label } from '../ui/format.js';

/** Maps from id to record. */
export interface Lookups {
  accounts: Map<string, Account>;
  people: Map<string, Person>;
}

/** Load accounts and people within the user's reach (either may be refused for some roles). */
export async function loadLookups(): Promise<Lookups> {
  const [accounts, people] = await Promise.all([
    listAll<Account>('/api/accounts').catch(() => [] as Account[]),
    listAll<Person>('/api/people').catch(() => [] as Person[]),
  ]);
  return { accounts: new Map(accounts.map((a) => [a.id, a])), people: new Map(people.map((p) => [p.id, p])) };
}

/** "@handle (X)" or a short id. */
export function accountName(l: Lookups | undefined, id: string | null): string {
  if (!id) return '—';
  const a = l?.accounts.get(id);
  return a ? `${a.handle} (${label(a.platform)})` : `account ${id.slice(0, 8)}`;
}

/** "PC Pat Constable 3001" or a short id. */
export function personName(l: Lookups | undefined, id: string | null): string {
  if (!id) return '—';
  const p = l?.people.get(id);
  return p ? `${p.rank === 'staff' ? '' : `${p.rank} `}${p.name} (${p.number})` : `person ${id.slice(0, 8)}`;
}
