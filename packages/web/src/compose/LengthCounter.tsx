/** Characters used against each platform's limit, the account's own platform first. */
import { useMemo, type ReactNode } from 'react';
import { lengthRows } from './platforms.js';

/** The counter. */
export function LengthCounter({ text, platform, id }: { text: string; platform: string | undefined; id?: string }): ReactNode {
  const rows = useMemo(() => lengthRows(text), [text]);
  const mine = rows.find((r) => r.platform.id === platform);
  const others = rows.filter((r) => r !== mine);
  return (
    <div className="length" id={id}>
      {mine ? (
        <p className={mine.over ? 'length-main over' : 'length-main'} data-testid="length-main">
          {mine.platform.label}: {mine.length} of {mine.platform.limit} characters
          {mine.over ? ` — ${-mine.remaining} over the limit` : ''}
        </p>
      ) : null}
      <details>
        <summary>Length on other platforms</summary>
        <ul className="length-list">
          {others.map((r) => (
            <li key={r.platform.id} className={r.over ? 'over' : undefined}>
              {r.platform.label} {r.length}/{r.platform.limit}{r.over ? ' (too long)' : ''}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
