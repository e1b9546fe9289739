/** Suspend (reason and conditions), reinstate, accredit or close (reason category) an account. */
import { useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError } from '../api/hooks.js';
import { CLOSURE_CATEGORIES, SUSPENSION_CONDITIONS, type Account, type AccountStatus, type SuspensionCondition } from '../api/types.js';
import { TRANSITIONS } from '../../../server/src/domain/lifecycle.js';
import { ErrorNotice, Field } from '../ui/components.js';
import { label } from '../ui/format.js';

const VERB: Record<AccountStatus, string> = { applied: 'Apply', accredited: 'Accredit', suspended: 'Suspend', reinstated: 'Reinstate', closed: 'Close' };

/** The form; renders nothing when the account cannot move (closed). */
export function TransitionForm({ account, onDone }: { account: Account; onDone(a: Account): void }): ReactNode {
  const next = TRANSITIONS[account.status];
  const [to, setTo] = useState<AccountStatus | ''>('');
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState('');
  const [conditions, setConditions] = useState<SuspensionCondition[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (next.length === 0) return <p className="muted">This account is closed; closing is final.</p>;

  async function send(): Promise<void> {
    if (!to) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        to, expectedVersion: account.version,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(to === 'closed' ? { reasonCategory: category } : {}),
        ...(to === 'suspended' ? { conditions } : {}),
      };
      onDone(await api.post<Account>(`/api/accounts/${encodeURIComponent(account.id)}/transitions`, body));
      setTo('');
      setReason('');
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }
  const reasonRequired = to === 'suspended';
  const ready = to !== '' && (!reasonRequired || reason.trim() !== '') && (to !== 'closed' || category !== '');

  return (
    <form className="stack" aria-labelledby="change-h" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <h2 id="change-h">Change status</h2>
      <fieldset>
        <legend>New status</legend>
        {next.map((s) => (
          <label key={s} className="check">
            <input type="radio" name="to" value={s} checked={to === s} onChange={() => setTo(s)} /> {VERB[s]} ({label(s)})
          </label>
        ))}
      </fieldset>
      {to === 'closed' ? (
        <Field label="Reason category">{(p) => (
          <select {...p} required value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Choose a category</option>
            {CLOSURE_CATEGORIES.map((c) => <option key={c} value={c}>{label(c)}</option>)}
          </select>)}
        </Field>
      ) : null}
      {to === 'suspended' ? (
        <fieldset>
          <legend>Conditions for reinstatement</legend>
          {SUSPENSION_CONDITIONS.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={conditions.includes(c)} onChange={(e) => setConditions(e.target.checked ? [...conditions, c] : conditions.filter((x) => x !== c))} /> {label(c)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {to ? (
        <Field label={reasonRequired ? 'Reason (required)' : 'Reason (optional)'} hint="Recorded in the account's history and the audit log.">
          {(p) => <textarea {...p} rows={2} required={reasonRequired} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      ) : null}
      <ErrorNotice error={error} />
      <div><button type="submit" className={to === 'suspended' || to === 'closed' ? 'danger' : 'primary'} disabled={!ready || busy}>{to ? `${VERB[to]} account` : 'Choose a new status'}</button></div>
    </form>
  );
}
