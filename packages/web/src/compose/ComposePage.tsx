/**
 * Compose: choose an account, write, see problems underlined and explained as
 * you type, apply a rewrite in one click, submit. The browser check is for
 * the author's benefit; the server checks again and its verdict decides.
 */
import { DEFAULT_POLICY, type Finding, type Policy } from '@peel/engine';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError, useLoad } from '../api/hooks.js';
import type { Account, Draft, PolicyVersion } from '../api/types.js';
import { useSignedIn } from '../app/session.js';
import { ErrorNotice, Field, Loading, Notice, PageTitle } from '../ui/components.js';
import { label } from '../ui/format.js';
import { operatedAccounts } from './accounts.js';
import { Editor } from './Editor.js';
import { FindingList } from './FindingList.js';
import { LengthCounter } from './LengthCounter.js';
import { MyDrafts } from './MyDrafts.js';
import { SubmitResult } from './SubmitResult.js';
import { useLiveCheck, warmUp } from './useLiveCheck.js';

async function loadPolicy(): Promise<Policy> {
  try {
    return (await api.get<PolicyVersion>('/api/policy')).document as Policy;
  } catch {
    // Without the force policy the national default still catches most problems; the server applies the force's.
    return DEFAULT_POLICY;
  }
}

/** The text without trailing full stops and spaces (a backwards scan: no regex backtracking). */
function withoutFinalStop(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === ' ')) end--;
  return s.slice(0, end);
}

/** The compose page. */
export function ComposePage(): ReactNode {
  const session = useSignedIn();
  const accounts = useLoad(() => operatedAccounts(session), [session.user.id]);
  const policy = useLoad(loadPolicy, []);
  const [accountId, setAccountId] = useState('');
  const [text, setText] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [submitted, setSubmitted] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const list = accounts.data ?? [];
  const account: Account | undefined = list.find((a) => a.id === accountId);
  useEffect(() => {
    if (!policy.data) return;
    const t = window.setTimeout(() => warmUp(policy.data), 0);
    return () => window.clearTimeout(t);
  }, [policy.data]);
  useEffect(() => { if (!accountId && list.length > 0) setAccountId(list[0]!.id); }, [list, accountId]);
  const live = useLiveCheck(text, { platform: account?.platform, accountKind: account?.kind }, policy.data);
  const browserReport = live.report;

  function apply(next: string, what: string): void {
    setText(next);
    setApplied(`Applied: ${withoutFinalStop(what)}.`);
    textarea.current?.focus();
  }
  function show(f: Finding): void {
    const r = f.ranges[0];
    const el = textarea.current;
    if (!r || !el) return;
    el.focus();
    el.setSelectionRange(r.start, r.end);
  }
  async function submit(): Promise<void> {
    if (!account) return;
    setBusy(true);
    setError(undefined);
    try {
      setDraft(await api.post<Draft>('/api/drafts', { accountId: account.id, text }));
      setSubmitted((n) => n + 1);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }
  function another(): void {
    setDraft(null);
    setText('');
    setApplied(null);
    textarea.current?.focus();
  }

  return (
    <>
      <PageTitle sub="Peel checks your post as you type and explains anything to change.">Compose a post</PageTitle>
      {accounts.loading ? <Loading what="Loading your accounts" /> : null}
      <ErrorNotice error={accounts.error} />
      {!accounts.loading && list.length === 0 && !accounts.error ? (
        <Notice tone="warn">You do not operate an active account yet, so you can check posts here but not submit them.</Notice>
      ) : null}
      <div className="compose">
        <div className="compose-main stack">
          {list.length > 0 ? (
            <Field label="Account">
              {(p) => (
                <select {...p} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
                  {list.map((a) => <option key={a.id} value={a.id}>{a.handle} on {label(a.platform)} ({label(a.trustTier)})</option>)}
                </select>
              )}
            </Field>
          ) : null}
          <div className="field">
            <label htmlFor="post-text">Your post</label>
            <p className="hint" id="post-hint">Problems are underlined: red must change, amber needs a supervisor, blue is advice.</p>
            <Editor id="post-text" ref={textarea} value={text} findings={browserReport?.findings ?? []} onChange={(t) => { setText(t); setApplied(null); setDraft(null); }} describedBy="post-hint post-length" />
            <LengthCounter id="post-length" text={text} platform={account?.platform} />
            <p className="muted small" data-testid="check-ms" data-ms={live.ms.toFixed(2)}>
              {text ? `Checked in your browser in ${live.ms < 1 ? 'under 1' : Math.round(live.ms)} ms.` : ''}
            </p>
          </div>
          {applied ? <Notice tone="ok">{applied}</Notice> : null}
          {live.problem ? <Notice tone="warn">{live.problem}</Notice> : null}
          <ErrorNotice error={error} />
          <div>
            <button type="button" className="primary" disabled={busy || !account || text.trim() === ''} onClick={() => { void submit(); }}>
              {busy ? 'Submitting…' : 'Submit'}
            </button>
          </div>
          {draft ? <SubmitResult draft={draft} account={account} browserReport={browserReport} onAnother={another} /> : null}
          <MyDrafts userId={session.user.id} refresh={submitted} />
        </div>
        <div className="compose-side">
          {browserReport ? <FindingList report={browserReport} onApply={apply} onShow={show} /> : (
            <section className="findings"><h2>Check</h2><p className="muted">Start typing to check your post.</p></section>
          )}
        </div>
      </div>
    </>
  );
}
