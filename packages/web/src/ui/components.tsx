/** Small shared pieces: page heading, notices, badges, form field. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { ApiError } from '../api/client.js';
import { label } from './format.js';

/** False until the first page has shown: a fresh load keeps the browser's own focus start. */
let navigated = false;

/**
 * The page's h1. When the user moves to another page it takes focus, so
 * screen-reader and keyboard users start at the top of the new content (hash
 * navigation does not move focus by itself). On a fresh load it does not, so
 * the first Tab still reaches the skip link.
 */
export function PageTitle({ children, sub }: { children: ReactNode; sub?: ReactNode }): ReactNode {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated) ref.current?.focus();
    navigated = true;
  }, []);
  return (
    <div className="page-title">
      <h1 ref={ref} tabIndex={-1}>{children}</h1>
      {sub ? <p className="lead">{sub}</p> : null}
    </div>
  );
}

/** An error from the server, announced to assistive technology. */
export function ErrorNotice({ error }: { error: ApiError | undefined | null }): ReactNode {
  if (!error) return null;
  return <div className="notice notice-error" role="alert">{error.message}</div>;
}

/** A success or information message (polite live region). */
export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'ok' | 'warn' }): ReactNode {
  return <div className={`notice notice-${tone}`} role="status">{children}</div>;
}

/** Shown while loading. */
export function Loading({ what = 'Loading' }: { what?: string }): ReactNode {
  return <p className="muted" role="status" aria-live="polite">{what}…</p>;
}

/** A coloured status or severity word (colour is never the only signal: the word is always shown). */
export function Badge({ value, kind }: { value: string; kind?: string }): ReactNode {
  return <span className={`badge badge-${kind ?? value}`}>{label(value)}</span>;
}

/** A labelled form control; `hint` is tied to the control with aria-describedby. */
export function Field({ label: text, hint, children }: { label: string; hint?: string; children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode }): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      {hint ? <p className="hint" id={hintId}>{hint}</p> : null}
      {children(hint ? { id, 'aria-describedby': hintId } : { id })}
    </div>
  );
}
