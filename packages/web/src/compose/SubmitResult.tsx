/** What happened to a submitted draft, and why, from the server's verdict. */
import type { Report } from '@peel/engine';
import type { ReactNode } from 'react';
import type { Account, Draft } from '../api/types.js';
import { Badge } from '../ui/components.js';
import { formatDateTime } from '../ui/format.js';

/** Reasons a draft is waiting, in plain words. */
export function queuedReasons(draft: Pick<Draft, 'verdict'>, account: Pick<Account, 'trustTier'> | undefined): string[] {
  const out: string[] = [];
  if (account?.trustTier === 'pre_approval') out.push('This account needs a supervisor to approve every post before it goes out.');
  if (draft.verdict === 'review') out.push("Peel's check found something a supervisor should look at.");
  if (draft.verdict === 'block') out.push("Peel's check found something that cannot go out as written; a supervisor cannot approve it until it is edited.");
  if (out.length === 0) out.push('It is waiting for a supervisor.');
  return out;
}

/** Server findings the browser check did not show (e.g. the force's protected list, which only the server holds). */
export function serverOnlyFindings(server: Report, browser: Report | null): Report['findings'] {
  const seen = new Set((browser?.findings ?? []).map((f) => `${f.rule}|${f.messageId}`));
  return server.findings.filter((f) => f.severity !== 'track' && !seen.has(`${f.rule}|${f.messageId}`));
}

/** The result panel. */
export function SubmitResult({ draft, account, browserReport, onAnother }: {
  draft: Draft; account: Account | undefined; browserReport: Report | null; onAnother(): void;
}): ReactNode {
  const extra = serverOnlyFindings(draft.report, browserReport);
  const approved = draft.status === 'approved';
  return (
    <section className={`result ${approved ? 'result-ok' : 'result-wait'}`} aria-labelledby="result-h" data-testid="submit-result">
      <h2 id="result-h" tabIndex={-1}>{approved ? 'Approved' : 'Sent for approval'} <Badge value={draft.status} /></h2>
      <p>The server checked the post again; its verdict is the one that counts: <Badge value={draft.verdict} kind={`sev-${draft.verdict}`} /></p>
      {approved ? (
        <p>
          {draft.autoApproved
            ? 'Approved automatically: the account is monitored after publication and Peel found nothing more than advice.'
            : 'Approved.'}
          {draft.approvalExpiresAt ? ` Publish it before ${formatDateTime(draft.approvalExpiresAt)}, when the approval lapses.` : ''}
        </p>
      ) : (
        <ul>{queuedReasons(draft, account).map((r) => <li key={r}>{r}</li>)}</ul>
      )}
      {extra.length > 0 ? (
        <div>
          <p>The server also found:</p>
          <ul>{extra.map((f, i) => <li key={i}><strong>{f.message}</strong> ({f.rule})</li>)}</ul>
        </div>
      ) : null}
      <button type="button" className="secondary" onClick={onAnother}>Write another post</button>
    </section>
  );
}
