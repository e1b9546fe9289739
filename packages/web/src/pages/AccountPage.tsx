/** One account: details, operators, a timeline of status changes, posts and cases, and status changes for those who may. */
import type { ReactNode } from 'react';
import { api } from '../api/client.js';
import { listAll, useLoad } from '../api/hooks.js';
import type { Account, AccountEvent, AccountOperator, Case, PublishedPost } from '../api/types.js';
import { can } from '../app/permissions.js';
import { href } from '../app/router.js';
import { useSignedIn } from '../app/session.js';
import { Badge, ErrorNotice, Loading, PageTitle } from '../ui/components.js';
import { formatDateTime, label } from '../ui/format.js';
import { loadLookups, personName } from './lookups.js';
import { buildTimeline } from './timeline.js';
import { TransitionForm } from './TransitionForm.js';

interface Detail { account: Account; operators: AccountOperator[]; events: AccountEvent[] }

/** The account page. */
export function AccountPage({ id }: { id: string }): ReactNode {
  const me = useSignedIn();
  const roles = me.user.roles;
  const detail = useLoad(() => api.get<Detail>(`/api/accounts/${encodeURIComponent(id)}`), [id]);
  const posts = useLoad(() => listAll<PublishedPost>('/api/posts', { accountId: id }, 400).catch(() => []), [id]);
  const cases = useLoad(() => (can(roles, 'cases.read') ? listAll<Case>('/api/cases').then((cs) => cs.filter((c) => c.subjectAccountId === id)) : Promise.resolve([])), [id]);
  const lookups = useLoad(loadLookups, []);
  if (detail.error) return <><PageTitle>Account</PageTitle><ErrorNotice error={detail.error} /></>;
  if (!detail.data) return <Loading what="Loading the account" />;
  const { account: a, operators, events } = detail.data;
  const timeline = buildTimeline(events, posts.data ?? [], cases.data ?? []);

  return (
    <>
      <p><a href={href('accounts')}>← Accounts register</a></p>
      <PageTitle>{a.handle} on {label(a.platform)}</PageTitle>
      <p data-testid="account-status">Status: <Badge value={a.status} /></p>
      <dl className="facts">
        <dt>Kind</dt><dd>{label(a.kind)}</dd>
        <dt>Team</dt><dd>{a.team ?? '—'}</dd>
        <dt>Approval</dt><dd>{a.trustTier === 'pre_approval' ? 'Every post needs approval first' : 'Monitored after publication'}</dd>
        <dt>Address</dt><dd>{a.url ? <a href={a.url} rel="noreferrer noopener" target="_blank">{a.url}</a> : '—'}</dd>
        <dt>Operators</dt><dd>{operators.length === 0 ? 'None' : operators.map((o) => personName(lookups.data, o.personId)).join(', ')}</dd>
      </dl>
      {can(roles, 'accounts.manage') ? <TransitionForm account={a} onDone={() => detail.reload()} /> : null}
      <h2>Timeline</h2>
      {timeline.length === 0 ? <p>Nothing has happened on this account yet.</p> : (
        <ol className="timeline" data-testid="timeline">
          {timeline.map((t, i) => (
            <li key={`${t.kind}-${t.at}-${i}`}>
              <p><strong>{t.kind === 'case' && t.ref ? <a href={href('case', { id: t.ref })}>{t.title}</a> : t.title}</strong> <span className="muted small">{formatDateTime(t.at)}</span></p>
              {t.detail ? <p className="small">{t.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
