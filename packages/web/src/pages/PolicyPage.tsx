/**
 * Policy settings: rules on or off and their severity, allow-lists, the
 * pre-election window, and protected-list entries. The document is checked
 * with the engine's own validator before it is sent; the server checks again.
 */
import type { Severity } from '@peel/engine';
import { RULES, validatePolicy, type DateWindow, type Policy } from '@peel/engine/policy';
import { useEffect, useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError, useLoad } from '../api/hooks.js';
import type { PolicyVersion } from '../api/types.js';
import { ErrorNotice, Field, Loading, Notice, PageTitle } from '../ui/components.js';
import { formatDateTime, label } from '../ui/format.js';
import { parseLines, setAllow, setElection, setRule, type AllowKey } from './policyEdit.js';
import { ProtectedList } from './ProtectedList.js';

const SEVERITIES: Severity[] = ['advise', 'review', 'block'];
const ALLOW: Array<[AllowKey, string, string]> = [
  ['phoneNumbers', 'Force and partner phone numbers', 'One a line, any format.'],
  ['domains', 'Web domains', 'The force\'s own and partners\', one a line (subdomains included).'],
  ['emailDomains', 'Official e-mail domains', 'One a line, e.g. northants.police.uk.'],
  ['handles', 'Social media handles', 'Force, teams and partners, one a line.'],
  ['officerNames', 'Names that may appear', 'Spokespeople and senior officers, one a line.'],
  ['causes', 'Approved causes', 'Charities and appeals the force backs for fundraising, one a line.'],
];

/** The policy page. */
export function PolicyPage(): ReactNode {
  const current = useLoad(() => api.get<PolicyVersion>('/api/policy'), []);
  const [doc, setDoc] = useState<Policy | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => { if (current.data) setDoc(current.data.document as Policy); }, [current.data]);
  if (current.error) return <><PageTitle>Policy</PageTitle><ErrorNotice error={current.error} /></>;
  if (!current.data || !doc) return <Loading what="Loading the policy" />;
  const version = current.data.version;
  const window0: DateWindow = doc.election?.windows?.[0] ?? { start: '', end: '', name: '' };

  async function save(): Promise<void> {
    setSaved(null);
    setError(undefined);
    const v = validatePolicy(doc);
    if (!v.ok) { setProblems(v.problems.map((p) => `${p.path}: ${p.message}`)); return; }
    setProblems([]);
    try {
      const r = await api.put<PolicyVersion>('/api/policy', { document: doc, expectedVersion: version, ...(note.trim() ? { note: note.trim() } : {}) });
      setSaved(`Saved as version ${r.version}.`);
      setNote('');
      current.reload();
    } catch (e) { setError(asApiError(e)); }
  }

  return (
    <>
      <PageTitle sub={`${doc.name} · version ${version} · saved ${formatDateTime(current.data.createdAt)}`}>Policy settings</PageTitle>
      <form className="stack" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <section aria-labelledby="rules-h">
          <h2 id="rules-h">Rules</h2>
          <div className="table-wrap">
            <table>
              <thead><tr><th scope="col">Rule</th><th scope="col">On</th><th scope="col">Severity</th></tr></thead>
              <tbody>
                {RULES.map((r) => {
                  const s = doc.rules?.[r.meta.id];
                  const id = `rule-${r.meta.id}`;
                  return (
                    <tr key={r.meta.id}>
                      <th scope="row" id={id}>{r.meta.id} <span className="small muted">{r.meta.description}</span></th>
                      <td><input type="checkbox" aria-label={`${r.meta.id} on`} checked={s?.enabled !== false} onChange={(e) => setDoc(setRule(doc, r.meta.id, { enabled: e.target.checked }, r.meta.defaultSeverity))} /></td>
                      <td>
                        <select aria-label={`${r.meta.id} severity`} value={s?.severity ?? r.meta.defaultSeverity} disabled={s?.enabled === false || r.meta.defaultSeverity === 'track'}
                          onChange={(e) => setDoc(setRule(doc, r.meta.id, { severity: e.target.value as Severity }, r.meta.defaultSeverity))}>
                          {(r.meta.defaultSeverity === 'track' ? ['track' as Severity] : SEVERITIES).map((v) => <option key={v} value={v}>{label(v)}{v === r.meta.defaultSeverity ? ' (default)' : ''}</option>)}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="allow-h" className="stack">
          <h2 id="allow-h">Allow-lists</h2>
          {ALLOW.map(([key, text, hint]) => (
            <Field key={key} label={text} hint={hint}>
              {(p) => <textarea {...p} rows={3} defaultValue={(doc.allow?.[key] ?? []).join('\n')} onBlur={(e) => setDoc(setAllow(doc, key, parseLines(e.target.value)))} />}
            </Field>
          ))}
        </section>
        <section aria-labelledby="election-h">
          <h2 id="election-h">Pre-election period</h2>
          <div className="inline-fields">
            <Field label="Starts">{(p) => <input {...p} type="date" value={window0.start} onChange={(e) => setDoc(setElection(doc, [{ ...window0, start: e.target.value }], doc.election?.contact ?? ''))} />}</Field>
            <Field label="Ends">{(p) => <input {...p} type="date" value={window0.end} onChange={(e) => setDoc(setElection(doc, [{ ...window0, end: e.target.value }], doc.election?.contact ?? ''))} />}</Field>
            <Field label="Election contact" hint="Shown to authors during the period.">{(p) => <input {...p} type="text" value={doc.election?.contact ?? ''} onChange={(e) => setDoc({ ...doc, election: { ...(doc.election ?? {}), contact: e.target.value } })} />}</Field>
          </div>
        </section>
        <Field label="Note about this change (optional)">{(p) => <input {...p} type="text" value={note} onChange={(e) => setNote(e.target.value)} />}</Field>
        {problems.length > 0 ? <div className="notice notice-error" role="alert"><p>The policy is not valid yet:</p><ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul></div> : null}
        <ErrorNotice error={error} />
        {saved ? <Notice tone="ok">{saved}</Notice> : null}
        <div><button type="submit" className="primary">Save policy</button></div>
      </form>
      <ProtectedList entries={doc.protected?.entries ?? []} onAdded={current.reload} />
    </>
  );
}
