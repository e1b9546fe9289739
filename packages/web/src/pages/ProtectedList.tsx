/**
 * The protected list (W1): names and operation words that must never be
 * published. A term is typed in plain, sent once over the session to the
 * server, which stores only a keyed hash; the page never shows it again and
 * clears the field at once.
 */
import type { ProtectedEntry } from '@peel/engine';
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../api/client.js';
import { asApiError } from '../api/hooks.js';
import { ErrorNotice, Field, Notice } from '../ui/components.js';
import { formatDate } from '../ui/format.js';

/** Where the server takes new entries. */
export const PROTECTED_ROUTE = '/api/policy/protected';

/** The section. */
export function ProtectedList({ entries, onAdded }: { entries: readonly ProtectedEntry[]; onAdded(): void }): ReactNode {
  const [term, setTerm] = useState('');
  const [entryLabel, setEntryLabel] = useState('');
  const [expires, setExpires] = useState('');
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  async function add(): Promise<void> {
    setError(undefined);
    setDone(false);
    const body = { term, ...(entryLabel.trim() ? { label: entryLabel.trim() } : {}), ...(expires ? { expires } : {}) };
    // Clear the plain term before the request returns: it should not linger on screen.
    setTerm('');
    try {
      await api.post(PROTECTED_ROUTE, body);
      setDone(true);
      setEntryLabel('');
      setExpires('');
      onAdded();
    } catch (e) {
      const err = asApiError(e);
      setError(err.status === 404 ? new ApiError(404, err.code, 'This server does not take protected-list entries yet.') : err);
    }
  }
  return (
    <section aria-labelledby="protected-h" className="stack">
      <h2 id="protected-h">Protected list</h2>
      <p>Peel blocks any post that contains one of these terms. Only a keyed hash is stored; nobody can read the terms back, here or in the database.</p>
      {entries.length === 0 ? <p className="muted">No entries yet.</p> : (
        <ul>{entries.map((e) => <li key={e.hmac}>{e.label ?? 'Unlabelled entry'} ({e.words} word{e.words === 1 ? '' : 's'}{e.expires ? `, until ${formatDate(e.expires)}` : ''})</li>)}</ul>
      )}
      <form className="stack" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <Field label="Term to protect" hint="A name, address or operation word. It will not be shown again.">
          {(p) => <input {...p} type="text" autoComplete="off" spellCheck={false} value={term} onChange={(e) => setTerm(e.target.value)} />}
        </Field>
        <div className="inline-fields">
          <Field label="Label (optional)" hint="Reveals nothing, e.g. &quot;Op ref 12&quot;.">{(p) => <input {...p} type="text" value={entryLabel} onChange={(e) => setEntryLabel(e.target.value)} />}</Field>
          <Field label="Until (optional)">{(p) => <input {...p} type="date" value={expires} onChange={(e) => setExpires(e.target.value)} />}</Field>
        </div>
        <ErrorNotice error={error} />
        {done ? <Notice tone="ok">Added. The term is stored as a hash only.</Notice> : null}
        <div><button type="submit" className="secondary" disabled={!term.trim()}>Add to protected list</button></div>
      </form>
    </section>
  );
}
