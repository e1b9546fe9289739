/** The accounts the signed-in person can write for (operator, account active). */
import { api } from '../api/client.js';
import { listAll } from '../api/hooks.js';
import type { Account, AccountOperator, SessionInfo } from '../api/types.js';

/** Statuses from which drafts are accepted (S3). */
export const ACTIVE = ['accredited', 'reinstated'] as const;

/** True when drafts may be written for the account. */
export function isActive(a: Pick<Account, 'status'>): boolean {
  return (ACTIVE as readonly string[]).includes(a.status);
}

/**
 * Active accounts the person operates. Officers only ever see their own
 * accounts; wider roles see more, so their list is narrowed to accounts
 * whose operators include them.
 */
export async function operatedAccounts(session: SessionInfo): Promise<Account[]> {
  const all = (await listAll<Account>('/api/accounts')).filter(isActive);
  const me = session.user.personId;
  if (me === null) return [];
  const roles = session.user.roles;
  if (roles.every((r) => r === 'officer')) return all;
  const withOps = await Promise.all(all.map(async (a) => {
    const d = await api.get<{ operators: AccountOperator[] }>(`/api/accounts/${encodeURIComponent(a.id)}`);
    return d.operators.some((o) => o.personId === me) ? a : null;
  }));
  return withOps.filter((a): a is Account => a !== null);
}
