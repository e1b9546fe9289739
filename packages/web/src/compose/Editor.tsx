/**
 * The post editor: a plain textarea over a mirrored highlight layer. The
 * layer repeats the text invisibly with the flagged ranges underlined in
 * severity colours; it is aria-hidden, because the findings list carries the
 * same information in words. No contenteditable: the textarea keeps native
 * editing, undo, spell-check and screen-reader support.
 */
import type { Finding } from '@peel/engine';
import { forwardRef, useMemo, useRef, type ReactNode } from 'react';
import { segmentText } from './segments.js';

/** Props of the editor. */
export interface EditorProps {
  id: string;
  value: string;
  findings: readonly Finding[];
  onChange(text: string): void;
  describedBy?: string;
}

/** The editor with its highlight layer. */
export const Editor = forwardRef<HTMLTextAreaElement, EditorProps>(function Editor({ id, value, findings, onChange, describedBy }, ref): ReactNode {
  const mirror = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(value.length, findings), [value, findings]);
  return (
    <div className="editor">
      <div className="editor-mirror" ref={mirror} aria-hidden="true" data-testid="highlights">
        {segments.map((s) => (s.severity === null
          ? <span key={s.start}>{value.slice(s.start, s.end)}</span>
          : <mark key={s.start} className={`hl hl-${s.severity}`} data-rules={s.findings.map((i) => findings[i]!.rule).join(' ')}>{value.slice(s.start, s.end)}</mark>))}
        {/* A trailing newline needs a character after it to take up a line in the mirror. */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={ref}
        className="editor-input"
        value={value}
        rows={7}
        spellCheck
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => { if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop; }}
      />
    </div>
  );
});
