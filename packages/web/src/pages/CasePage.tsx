/** One case: its findings, closing with an outcome, and notes (professional standards only). */
import { useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError, useLoad } from '../api/hooks.js';
import { CASE_OUTCOMES, type Case, type CaseNote, type CaseOutcome, type StoredFinding } from '../api/types.js';
import { can } from '../app/permissions.js';
import { href } from '../app/router.js';
import { useSignedIn } from '../app/session.js';
import { Badge, ErrorNotice, Field, Loading, PageTitle } from '../ui/components.js';
import { formatDateTime, label } from '../ui/format.js';
import { accountName, loadLookups, personName } from './lookups.js';

/** The case page. */
export function CasePage({ id }: { id: string }): ReactNode {
  const me = useSignedIn();
  const roles = me.user.roles;
  const data = useLoad(() => api.get<{ case: Case; findings: StoredFinding[] }>(`/api/cases/${encodeURIComponent(id)}`), [id]);
  const lookups = useLoad(loadLookups, []);
  if (data.error) return <><PageTitle>Case</PageTitle><ErrorNotice error={data.error} /></>;
  if (!data.data) return <Loading what="Loading the case" />;
  const { case: c, findings } = data.data;
  return (
    <>
      <p><a href={href('cases')}>← Cases</a></p>
      <PageTitle>{c.summary}</PageTitle>
      <dl className="facts">
        <dt>About</dt><dd>{c.subjectAccountId ? <a href={href('account', { id: c.subjectAccountId })}>{accountName(lookups.data, c.subjectAccountId)}</a> : personName(lookups.data, c.subjectPersonId)}</dd>
        <dt>Status</dt><dd><Badge value={c.status} kind={`case-${c.status}`} /></dd>
        <dt>Opened</dt><dd>{formatDateTime(c.openedAt)}</dd>
        {c.outcome ? <><dt>Outcome</dt><dd>{label(c.outcome)} ({formatDateTime(c.closedAt)})</dd></> : null}
      </dl>
      <h2>Findings</h2>
      {findings.length === 0 ? <p>No findings are attached.</p> : (
        <ul>{findings.map((f) => <li key={f.id}><Badge value={f.severity} kind={`sev-${f.severity}`} /> {f.message} ({f.rule}) — <Badge value={f.status} /></li>)}</ul>
      )}
      {c.status === 'open' && can(roles, 'cases.manage') ? <CloseForm id={c.id} onDone={data.reload} /> : null}
      {can(roles, 'cases.notes') ? <Notes id={c.id} /> : <p className="muted">Case notes are visible only to professional standards.</p>}
    </>
  );
}

function CloseForm({ id, onDone }: { id: string; onDone(): void }): ReactNode {
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError>();
  async function send(): Promise<void> {
    try {
      await api.post(`/api/cases/${encodeURIComponent(id)}/close`, { outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDone();
    } catch (e) { setError(asApiError(e)); }
  }
  return (
    <form className="stack" aria-labelledby="close-h" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <h2 id="close-h">Close the case</h2>
      <Field label="Outcome" hint="Account outcomes suspend or close the account at once.">{(p) => (
        <select {...p} required value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome)}>
          <option value="">Choose an outcome</option>
          {CASE_OUTCOMES.map((o) => <option key={o} value={o}>{label(o)}</option>)}
        </select>)}
      </Field>
      <Field label="Reason (optional)">{(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      <ErrorNotice error={error} />
      <div><button type="submit" className="primary" disabled={!outcome}>Close case</button></div>
    </form>
  );
}

function Notes({ id }: { id: string }): ReactNode {
  const notes = useLoad(() => api.get<{ items: CaseNote[] }>(`/api/cases/${encodeURIComponent(id)}/notes`), [id]);
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError>();
  async function add(): Promise<void> {
    try {
      await api.post(`/api/cases/${encodeURIComponent(id)}/notes`, { body: body.trim() });
      setBody('');
      notes.reload();
    } catch (e) { setError(asApiError(e)); }
  }
  return (
    <section aria-labelledby="notes-h">
      <h2 id="notes-h">Restricted notes</h2>
      <p className="muted small">Only professional standards can read these.</p>
      <ErrorNotice error={notes.error ?? error} />
      <ul className="cards">{(notes.data?.items ?? []).map((n) => <li key={n.id} className="card"><p className="muted small">{formatDateTime(n.createdAt)}</p><p>{n.body}</p></li>)}</ul>
      <form className="stack" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <Field label="New note">{(p) => <textarea {...p} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}</Field>
        <div><button type="submit" className="secondary" disabled={!body.trim()}>Add note</button></div>
      </form>
    </section>
  );
}
