/** The findings of the live check, each with why, the guidance and a one-click rewrite. */
import type { Finding, Report } from '@peel/engine';
import type { ReactNode } from 'react';
import { Badge } from '../ui/components.js';

/** Props of the list. */
export interface FindingListProps {
  report: Report;
  onApply(text: string, what: string): void;
  onShow(finding: Finding): void;
}

const VERDICT_TEXT: Record<Report['verdict'], string> = {
  pass: 'Nothing to change: this post follows the guidance.',
  advise: 'Some advice below; you can still submit.',
  review: 'A supervisor will need to look at this before it goes out.',
  block: 'This cannot go out as written. The rewrite below fixes it.',
};

/** The list. */
export function FindingList({ report, onApply, onShow }: FindingListProps): ReactNode {
  const shown = report.findings.filter((f) => f.severity !== 'track');
  return (
    <section className="findings" aria-labelledby="findings-h">
      <h2 id="findings-h">Check <Badge value={report.verdict} kind={`sev-${report.verdict}`} /></h2>
      <p>{VERDICT_TEXT[report.verdict]}</p>
      {report.rewrite !== undefined && shown.filter((f) => f.suggestion).length > 1 ? (
        <button type="button" className="secondary" onClick={() => onApply(report.rewrite!, 'all suggested rewrites')}>Apply all rewrites</button>
      ) : null}
      <ol className="finding-list">
        {shown.map((f, i) => (
          <li key={`${f.rule}-${f.messageId}-${i}`} className={`finding finding-${f.severity}`} data-rule={f.rule}>
            <p className="finding-head"><Badge value={f.severity} kind={`sev-${f.severity}`} /> <strong>{f.message}</strong> <span className="muted">({f.rule})</span></p>
            <p><span className="term">Why it matters:</span> {f.explanation}</p>
            <p className="guidance"><span className="term">Guidance:</span> {f.guidance}</p>
            <div className="actions">
              {f.suggestion ? (
                <button type="button" className="primary" onClick={() => onApply(f.suggestion!.text, f.suggestion!.description)}>
                  Apply rewrite<span className="visually-hidden">: {f.suggestion.description}</span>
                </button>
              ) : null}
              <button type="button" className="secondary" onClick={() => onShow(f)}>Show in text</button>
            </div>
            {f.suggestion ? <p className="muted small">Rewrite: {f.suggestion.description}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
