/** The accounts register with filters kept in the address, so a filtered view can be shared. */
import { useMemo, type ReactNode } from 'react';
import { listAll, useLoad } from '../api/hooks.js';
import { ACCOUNT_STATUSES, PLATFORMS, type Account } from '../api/types.js';
import { href, navigate } from '../app/router.js';
import { Badge, ErrorNotice, Field, Loading, PageTitle } from '../ui/components.js';
import { formatDate, label } from '../ui/format.js';
import { applyFilter, readFilter, teamsOf, type AccountFilter } from './accountFilters.js';
import { loadTrainingExpiry } from './training.js';

/** The register. */
export function AccountsPage({ query }: { query: URLSearchParams }): ReactNode {
  const filter = readFilter(query);
  const accounts = useLoad(() => listAll<Account>('/api/accounts'), []);
  const all = accounts.data ?? [];
  const training = useLoad(() => (filter.training && all.length > 0 ? loadTrainingExpiry(all) : Promise.resolve(undefined)), [filter.training !== '', all.length]);
  const shown = useMemo(() => applyFilter(all, filter, training.data), [all, filter.status, filter.platform, filter.team, filter.training, training.data]);
  const set = (patch: Partial<AccountFilter>): void => navigate(href('accounts', {}, { ...filter, ...patch }));

  return (
    <>
      <PageTitle sub="Every account that posts for the force, and its state.">Accounts register</PageTitle>
      <form className="inline-fields" aria-label="Filter accounts" onSubmit={(e) => e.preventDefault()}>
        <Field label="Status">{(p) => (
          <select {...p} value={filter.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">Any status</option>
            {ACCOUNT_STATUSES.map((s) => <option key={s} value={s}>{label(s)}</option>)}
          </select>)}
        </Field>
        <Field label="Platform">{(p) => (
          <select {...p} value={filter.platform} onChange={(e) => set({ platform: e.target.value })}>
            <option value="">Any platform</option>
            {PLATFORMS.map((s) => <option key={s} value={s}>{label(s)}</option>)}
          </select>)}
        </Field>
        <Field label="Team">{(p) => (
          <select {...p} value={filter.team} onChange={(e) => set({ team: e.target.value })}>
            <option value="">Any team</option>
            {teamsOf(all).map((t) => <option key={t} value={t}>{t}</option>)}
          </select>)}
        </Field>
        <Field label="Operator training">{(p) => (
          <select {...p} value={filter.training} onChange={(e) => set({ training: e.target.value })}>
            <option value="">Any</option>
            <option value="expired">Expired or missing</option>
            <option value="30">Expires within 30 days</option>
            <option value="90">Expires within 90 days</option>
          </select>)}
        </Field>
      </form>
      <ErrorNotice error={accounts.error ?? training.error} />
      {accounts.loading || (filter.training && training.loading) ? <Loading what="Loading the register" /> : null}
      <p role="status" className="muted">{accounts.data ? `${shown.length} of ${all.length} accounts` : ''}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr><th scope="col">Account</th><th scope="col">Platform</th><th scope="col">Kind</th><th scope="col">Team</th><th scope="col">Approval</th><th scope="col">Status</th>{training.data ? <th scope="col">Training expires</th> : null}</tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <td><a href={href('account', { id: a.id })}>{a.handle}</a></td>
                <td>{label(a.platform)}</td>
                <td>{label(a.kind)}</td>
                <td>{a.team ?? '—'}</td>
                <td>{label(a.trustTier)}</td>
                <td><Badge value={a.status} /></td>
                {training.data ? <td>{expiryText(training.data.get(a.id))}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function expiryText(e: string | undefined): string {
  if (e === undefined) return '—';
  if (e === 'none') return 'No current training';
  return e.startsWith('9999') ? 'Never' : formatDate(e);
}
