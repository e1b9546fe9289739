/**
 * The author's recent drafts: where each one stands, the supervisor's note,
 * and, once approved, a button to record that it has been published (the
 * server then checks the published text and stores its findings).
 */
import { useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError, useLoad } from '../api/hooks.js';
import type { Draft, Page } from '../api/types.js';
import { Badge, ErrorNotice, Loading } from '../ui/components.js';
import { formatDateTime } from '../ui/format.js';

/** The list; `refresh` changes whenever the page submits a new draft. */
export function MyDrafts({ userId, refresh }: { userId: string; refresh: number }): ReactNode {
  const drafts = useLoad(() => api.get<Page<Draft>>('/api/drafts', { limit: 50 }).then((p) => p.items.filter((d) => d.authorUserId === userId).slice(0, 10)), [userId, refresh]);
  const [error, setError] = useState<ApiError>();
  async function published(d: Draft): Promise<void> {
    setError(undefined);
    try {
      await api.post(`/api/drafts/${encodeURIComponent(d.id)}/publish`, { expectedVersion: d.version });
      drafts.reload();
    } catch (e) { setError(asApiError(e)); }
  }
  return (
    <section aria-labelledby="my-drafts-h">
      <h2 id="my-drafts-h">Your recent drafts</h2>
      <ErrorNotice error={error ?? drafts.error} />
      {drafts.loading && !drafts.data ? <Loading what="Loading your drafts" /> : null}
      {drafts.data && drafts.data.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul className="cards">
        {(drafts.data ?? []).map((d) => (
          <li key={d.id} className="card">
            <p><Badge value={d.status} /> <span className="muted small">{formatDateTime(d.updatedAt)}</span></p>
            <p className="post-text">{d.text}</p>
            {d.decisionNote ? <p><span className="term">Note from your supervisor:</span> {d.decisionNote}</p> : null}
            {d.status === 'approved' ? (
              <button type="button" className="secondary" onClick={() => { void published(d); }}>I have published it<span className="visually-hidden">: {d.text.slice(0, 40)}</span></button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
