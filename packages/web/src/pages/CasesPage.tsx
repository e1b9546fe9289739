/** Cases (professional standards): open and closed cases, and opening a new one about an account or a person. */
import { useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError, listAll, useLoad } from '../api/hooks.js';
import type { Case, PublishedPost, StoredFinding } from '../api/types.js';
import { can } from '../app/permissions.js';
import { href, navigate } from '../app/router.js';
import { useSignedIn } from '../app/session.js';
import { Badge, ErrorNotice, Field, Loading, PageTitle } from '../ui/components.js';
import { formatDate, label } from '../ui/format.js';
import { accountName, loadLookups, personName, type Lookups } from './lookups.js';

/** The cases list. */
export function CasesPage(): ReactNode {
  const me = useSignedIn();
  const [status, setStatus] = useState<'open' | 'closed' | ''>('open');
  const cases = useLoad(() => listAll<Case>('/api/cases', { status: status || undefined }), [status]);
  const lookups = useLoad(loadLookups, []);
  return (
    <>
      <PageTitle sub="Proportionate outcomes: most mistakes need advice, not sanctions.">Cases</PageTitle>
      <Field label="Show">{(p) => (
        <select {...p} value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          <option value="open">Open cases</option><option value="closed">Closed cases</option><option value="">All cases</option>
        </select>)}
      </Field>
      <ErrorNotice error={cases.error} />
      {cases.loading && !cases.data ? <Loading what="Loading cases" /> : null}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Cases</caption>
          <thead><tr><th scope="col">Summary</th><th scope="col">About</th><th scope="col">Opened</th><th scope="col">Status</th><th scope="col">Outcome</th></tr></thead>
          <tbody>
            {(cases.data ?? []).map((c) => (
              <tr key={c.id}>
                <td><a href={href('case', { id: c.id })}>{c.summary}</a></td>
                <td>{c.subjectAccountId ? accountName(lookups.data, c.subjectAccountId) : personName(lookups.data, c.subjectPersonId)}</td>
                <td>{formatDate(c.openedAt)}</td>
                <td><Badge value={c.status} kind={`case-${c.status}`} /></td>
                <td>{label(c.outcome)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cases.data && cases.data.length === 0 ? <p>No cases to show.</p> : null}
      {can(me.user.roles, 'cases.manage') ? <OpenCaseForm lookups={lookups.data} /> : null}
    </>
  );
}

/** Findings not yet in a case, on posts from the account (for attaching to a new case). */
async function freeFindings(accountId: string): Promise<StoredFinding[]> {
  const [posts, findings] = await Promise.all([
    listAll<PublishedPost>('/api/posts', { accountId }, 400), listAll<StoredFinding>('/api/findings', {}, 2000),
  ]);
  const ids = new Set(posts.map((p) => p.id));
  return findings.filter((f) => ids.has(f.postId) && f.caseId === null);
}

function OpenCaseForm({ lookups }: { lookups: Lookups | undefined }): ReactNode {
  const [subject, setSubject] = useState('');
  const [summary, setSummary] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError>();
  const [kind, id] = subject.split(':');
  const findings = useLoad(() => (kind === 'account' && id ? freeFindings(id) : Promise.resolve([])), [subject]);
  async function send(): Promise<void> {
    setError(undefined);
    try {
      const c = await api.post<Case>('/api/cases', {
        summary: summary.trim(), ...(kind === 'account' ? { subjectAccountId: id } : { subjectPersonId: id }),
        ...(picked.size > 0 ? { findingIds: [...picked] } : {}),
      });
      navigate(href('case', { id: c.id }));
    } catch (e) {
      setError(asApiError(e));
    }
  }
  return (
    <form className="stack" aria-labelledby="open-case-h" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <h2 id="open-case-h">Open a case</h2>
      <Field label="About">{(p) => (
        <select {...p} required value={subject} onChange={(e) => { setSubject(e.target.value); setPicked(new Set()); }}>
          <option value="">Choose an account or a person</option>
          <optgroup label="Accounts">{[...(lookups?.accounts.values() ?? [])].map((a) => <option key={a.id} value={`account:${a.id}`}>{accountName(lookups, a.id)}</option>)}</optgroup>
          <optgroup label="People">{[...(lookups?.people.values() ?? [])].map((p2) => <option key={p2.id} value={`person:${p2.id}`}>{personName(lookups, p2.id)}</option>)}</optgroup>
        </select>)}
      </Field>
      {kind === 'account' && (findings.data?.length ?? 0) > 0 ? (
        <fieldset>
          <legend>Findings to include</legend>
          {findings.data!.map((f) => (
            <label key={f.id} className="check">
              <input type="checkbox" checked={picked.has(f.id)} onChange={(e) => {
                const next = new Set(picked);
                if (e.target.checked) next.add(f.id); else next.delete(f.id);
                setPicked(next);
              }} /> {f.message} ({f.rule}, {label(f.status)}, {formatDate(f.createdAt)})
            </label>
          ))}
        </fieldset>
      ) : null}
      <Field label="Summary">{(p) => <textarea {...p} rows={2} required value={summary} onChange={(e) => setSummary(e.target.value)} />}</Field>
      <ErrorNotice error={error ?? findings.error} />
      <div><button type="submit" className="primary" disabled={!subject || !summary.trim()}>Open case</button></div>
    </form>
  );
}
