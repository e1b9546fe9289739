/** Side-by-side view of a draft before and after a supervisor's edit. */
import { useMemo, type ReactNode } from 'react';
import { diffWords } from './diff.js';

/** Before on the left (removals struck), after on the right (additions underlined). */
export function DiffView({ before, after }: { before: string; after: string }): ReactNode {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <div className="diff" data-testid="diff">
      <div>
        <h3 className="small muted">Original</h3>
        {parts.filter((p) => p.kind !== 'added').map((p, i) => (p.kind === 'removed'
          ? <del key={i}><span className="visually-hidden">[removed: </span>{p.text}<span className="visually-hidden">]</span></del>
          : <span key={i}>{p.text}</span>))}
      </div>
      <div>
        <h3 className="small muted">Edited</h3>
        {parts.filter((p) => p.kind !== 'removed').map((p, i) => (p.kind === 'added'
          ? <ins key={i}><span className="visually-hidden">[added: </span>{p.text}<span className="visually-hidden">]</span></ins>
          : <span key={i}>{p.text}</span>))}
      </div>
    </div>
  );
}
