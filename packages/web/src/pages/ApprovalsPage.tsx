/** Approvals: pending drafts for a supervisor or the digital desk to approve, reject or edit. */
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { listAll, useLoad } from '../api/hooks.js';
import type { Draft } from '../api/types.js';
import { useSignedIn } from '../app/session.js';
import { Badge, ErrorNotice, Loading, Notice, PageTitle } from '../ui/components.js';
import { formatDateTime } from '../ui/format.js';
import { accountName, loadLookups, personName, type Lookups } from './lookups.js';

/** The decision form runs the engine (for an edit's fresh check), a chunk of its own fetched when a draft is opened. */
const DecisionForm = lazy(async () => ({ default: (await import('./DecisionForm.js')).DecisionForm }));

/** The approvals page. */
export function ApprovalsPage(): ReactNode {
  const me = useSignedIn();
  const drafts = useLoad(() => listAll<Draft>('/api/drafts', { status: 'pending' }), []);
  const lookups = useLoad(loadLookups, []);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = drafts.data ?? [];
  return (
    <>
      <PageTitle sub="Drafts waiting for a decision. Nobody approves their own draft.">Approvals</PageTitle>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      <ErrorNotice error={drafts.error} />
      {drafts.loading && !drafts.data ? <Loading what="Loading drafts" /> : null}
      {drafts.data && items.length === 0 ? <p>No drafts are waiting. Well done.</p> : null}
      <ul className="cards" aria-label="Drafts waiting for approval">
        {items.map((d) => (
          <li key={d.id} className="card" data-testid="draft-card">
            <DraftSummary draft={d} lookups={lookups.data} />
            {d.authorUserId === me.user.id ? (
              <p className="muted">This is your own draft: another supervisor or the digital desk decides on it.</p>
            ) : open === d.id ? (
              <Suspense fallback={<Loading />}>
                <DecisionForm draft={d} onCancel={() => setOpen(null)} onDone={(msg) => { setOpen(null); setDone(msg); drafts.reload(); }} />
              </Suspense>
            ) : (
              <button type="button" className="primary" onClick={() => { setOpen(d.id); setDone(null); }}>
                Decide<span className="visually-hidden"> on the draft for {accountName(lookups.data, d.accountId)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function DraftSummary({ draft: d, lookups }: { draft: Draft; lookups: Lookups | undefined }): ReactNode {
  const findings = d.report.findings.filter((f) => f.severity !== 'track');
  return (
    <>
      <h2 className="small-h">For {accountName(lookups, d.accountId)} by {personName(lookups, d.authorPersonId)}</h2>
      <p className="muted small">Written {formatDateTime(d.createdAt)} · Peel says <Badge value={d.verdict} kind={`sev-${d.verdict}`} /></p>
      <blockquote className="post-text">{d.text}</blockquote>
      {findings.length > 0 ? (
        <ul className="small">{findings.map((f, i) => <li key={i}><Badge value={f.severity} kind={`sev-${f.severity}`} /> {f.message} ({f.rule})</li>)}</ul>
      ) : null}
    </>
  );
}
