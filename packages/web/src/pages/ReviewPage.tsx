/**
 * The review queue (digital desk): open findings on published posts. Confirm
 * or dismiss with a reason, one at a time or in bulk, by mouse or keyboard.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError, listAll, useLoad } from '../api/hooks.js';
import { DISMISS_REASONS, type DismissReason, type PublishedPost, type StoredFinding } from '../api/types.js';
import { Badge, ErrorNotice, Field, Loading, Notice, PageTitle } from '../ui/components.js';
import { formatDateTime, label } from '../ui/format.js';
import { accountName, loadLookups } from './lookups.js';
import { move, shortcutFor } from './shortcuts.js';

interface Queue { findings: StoredFinding[]; posts: Map<string, PublishedPost> }

async function loadQueue(): Promise<Queue> {
  const [findings, posts] = await Promise.all([listAll<StoredFinding>('/api/findings', { status: 'open' }), listAll<PublishedPost>('/api/posts')]);
  return { findings, posts: new Map(posts.map((p) => [p.id, p])) };
}

/** The review page. */
export function ReviewPage(): ReactNode {
  const queue = useLoad(loadQueue, []);
  const lookups = useLoad(loadLookups, []);
  const [current, setCurrent] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reasons, setReasons] = useState<Record<string, DismissReason>>({});
  const [shortcuts, setShortcuts] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const rows = useRef<Array<HTMLLIElement | null>>([]);
  const items = queue.data?.findings ?? [];

  async function review(ids: string[], outcome: 'confirm' | 'dismiss'): Promise<void> {
    if (ids.length === 0) return;
    setError(undefined);
    let ok = 0;
    try {
      for (const id of ids) {
        await api.post(`/api/findings/${encodeURIComponent(id)}/review`, outcome === 'confirm' ? { outcome } : { outcome, reason: reasons[id] ?? 'false_alarm' });
        ok++;
      }
    } catch (e) {
      setError(asApiError(e));
    }
    setMessage(`${ok} finding${ok === 1 ? '' : 's'} ${outcome === 'confirm' ? 'confirmed' : 'dismissed'}.`);
    setSelected(new Set());
    queue.reload();
  }
  const toggle = (id: string): void => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });

  useEffect(() => {
    if (!shortcuts) return;
    const on = (e: KeyboardEvent): void => {
      const action = shortcutFor(e, e.target as HTMLElement | null);
      const f = items[current];
      if (!action || items.length === 0) return;
      e.preventDefault();
      if (action === 'next' || action === 'prev') {
        const i = move(current, items.length, action === 'next' ? 1 : -1);
        setCurrent(i);
        rows.current[i]?.scrollIntoView({ block: 'nearest' });
      } else if (f && action === 'select') {
        toggle(f.id);
      } else if (f) {
        void review([f.id], action === 'confirm' ? 'confirm' : 'dismiss');
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  });
  useEffect(() => { if (current >= items.length && items.length > 0) setCurrent(items.length - 1); }, [items.length, current]);

  const cur = items[current];
  return (
    <>
      <PageTitle sub="Findings on published posts. Confirm what needs action; dismiss false alarms with a reason, so the policy can be tuned.">Review queue</PageTitle>
      <p className="small">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>c</kbd> confirm, <kbd>d</kbd> dismiss, <kbd>x</kbd> select.</p>
      <label className="check"><input type="checkbox" checked={shortcuts} onChange={(e) => setShortcuts(e.target.checked)} /> Keyboard shortcuts on</label>
      {message ? <Notice tone="ok">{message}</Notice> : null}
      <ErrorNotice error={error ?? queue.error} />
      {queue.loading && !queue.data ? <Loading what="Loading the queue" /> : null}
      {queue.data && items.length === 0 ? <p>The queue is empty.</p> : null}
      <p className="visually-hidden" aria-live="polite">{cur ? `Finding ${current + 1} of ${items.length}: ${cur.message}` : ''}</p>
      {items.length > 0 ? (
        <div className="actions bulk" role="group" aria-label="Bulk actions">
          <span>{selected.size} selected</span>
          <button type="button" className="secondary" onClick={() => setSelected(new Set(items.map((f) => f.id)))}>Select all</button>
          <button type="button" className="primary" disabled={selected.size === 0} onClick={() => { void review([...selected], 'confirm'); }}>Confirm selected</button>
          <button type="button" className="secondary" disabled={selected.size === 0} onClick={() => { void review([...selected], 'dismiss'); }}>Dismiss selected</button>
        </div>
      ) : null}
      <ol className="cards" aria-label="Open findings">
        {items.map((f, i) => {
          const post = queue.data?.posts.get(f.postId);
          return (
            <li key={f.id} ref={(el) => { rows.current[i] = el; }} className={`card ${i === current ? 'current' : ''}`} data-testid="finding-row" aria-current={i === current ? 'true' : undefined}>
              <label className="check"><input type="checkbox" checked={selected.has(f.id)} onChange={() => toggle(f.id)} /> Select<span className="visually-hidden"> finding {f.rule}: {f.message}</span></label>
              <p><Badge value={f.severity} kind={`sev-${f.severity}`} /> <strong>{f.message}</strong> <span className="muted">({f.rule})</span></p>
              {post ? <p className="small muted">{accountName(lookups.data, post.accountId)} · published {formatDateTime(post.publishedAt)}</p> : null}
              {post ? <blockquote className="post-text">{excerpt(post.text, f.ranges)}</blockquote> : null}
              <div className="actions">
                <button type="button" className="primary" onClick={() => { setCurrent(i); void review([f.id], 'confirm'); }}>Confirm<span className="visually-hidden"> {f.rule}</span></button>
                <Field label="Dismiss reason">{(p) => (
                  <select {...p} value={reasons[f.id] ?? 'false_alarm'} onChange={(e) => setReasons({ ...reasons, [f.id]: e.target.value as DismissReason })}>
                    {DISMISS_REASONS.map((r) => <option key={r} value={r}>{label(r)}</option>)}
                  </select>)}
                </Field>
                <button type="button" className="secondary" onClick={() => { setCurrent(i); void review([f.id], 'dismiss'); }}>Dismiss<span className="visually-hidden"> {f.rule}</span></button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** The post with the finding's ranges marked. */
function excerpt(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): ReactNode {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  sorted.forEach((r, i) => {
    if (r.start < at) return;
    out.push(text.slice(at, r.start), <mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  out.push(text.slice(at));
  return out;
}
