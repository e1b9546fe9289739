/** Approve, reject or edit-and-approve one draft, with a note; edits show a side-by-side diff and a live check. */
import { DEFAULT_POLICY } from '@peel/engine/policy';
import { useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError } from '../api/hooks.js';
import type { Draft } from '../api/types.js';
import { runCheck } from '../compose/useLiveCheck.js';
import { Badge, ErrorNotice, Field } from '../ui/components.js';
import { DiffView } from '../ui/DiffView.js';

type Choice = 'approve' | 'reject' | 'edit';

/** The form. */
export function DecisionForm({ draft, onDone, onCancel }: { draft: Draft; onDone(message: string): void; onCancel(): void }): ReactNode {
  const [choice, setChoice] = useState<Choice>('approve');
  const [note, setNote] = useState('');
  const [text, setText] = useState(draft.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  // Only an edit needs a fresh check; the server checks the edited text again.
  const edited = choice === 'edit' ? runCheck(text, {}, DEFAULT_POLICY) : null;
  const needsNote = choice !== 'approve';

  async function send(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const body = { decision: choice, expectedVersion: draft.version, ...(note.trim() ? { note: note.trim() } : {}), ...(choice === 'edit' ? { text } : {}) };
      const r = await api.post<Draft>(`/api/drafts/${encodeURIComponent(draft.id)}/decision`, body);
      onDone(r.status === 'approved' ? 'Draft approved. The author can now publish it.' : 'Draft rejected; the author will see your note.');
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack decision" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <fieldset>
        <legend>Your decision</legend>
        {(['approve', 'reject', 'edit'] as const).map((c) => (
          <label key={c} className="check">
            <input type="radio" name={`decision-${draft.id}`} value={c} checked={choice === c} onChange={() => setChoice(c)} />
            {c === 'approve' ? 'Approve as written' : c === 'reject' ? 'Reject, with a note for the author' : 'Edit and approve'}
          </label>
        ))}
      </fieldset>
      {choice === 'edit' ? (
        <>
          <Field label="Edited post">{(p) => <textarea {...p} rows={5} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
          <p className="small">Peel on the edited text: <Badge value={edited?.report?.verdict ?? 'pass'} kind={`sev-${edited?.report?.verdict ?? 'pass'}`} /></p>
          <DiffView before={draft.text} after={text} />
        </>
      ) : null}
      <Field label={needsNote ? 'Note for the author (required)' : 'Note for the author (optional)'}>
        {(p) => <textarea {...p} rows={2} value={note} required={needsNote} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className={choice === 'reject' ? 'danger' : 'primary'} disabled={busy || (needsNote && !note.trim())}>
          {choice === 'approve' ? 'Approve' : choice === 'reject' ? 'Reject' : 'Save edit and approve'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
