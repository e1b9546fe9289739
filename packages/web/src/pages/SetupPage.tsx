/**
 * First start: create the first system administrator with the one-time link
 * the server printed (`/setup#token=…`). The token stays in the address
 * fragment, which browsers never send to servers or in Referer headers.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { asApiError } from '../api/hooks.js';
import { ErrorNotice, Field, Notice, PageTitle } from '../ui/components.js';

/** The token from `#token=…`, or null. */
export function setupToken(hash: string): string | null {
  const m = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return m && m.length >= 10 ? m : null;
}

/** The set-up page. */
export function SetupPage({ onDone }: { onDone(): void }): ReactNode {
  const token = setupToken(window.location.hash);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setError(undefined);
    try {
      await api.post('/api/setup', { token, email, displayName, password });
      setDone(true);
    } catch (err) { setError(asApiError(err)); }
  }
  if (done) {
    return (
      <section className="narrow">
        <PageTitle>Administrator created</PageTitle>
        <Notice tone="ok">You can now sign in with the e-mail address and password you chose.</Notice>
        <button type="button" className="primary" onClick={onDone}>Go to sign-in</button>
      </section>
    );
  }
  return (
    <section className="narrow">
      <PageTitle sub="This one-time link creates the first system administrator.">Set up Peel</PageTitle>
      {!token ? <Notice tone="warn">This address has no set-up token. Use the full link the server printed when it first started.</Notice> : null}
      <ErrorNotice error={error} />
      <form className="stack" onSubmit={(e) => { void submit(e); }}>
        <Field label="Your name">{(p) => <input {...p} type="text" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}</Field>
        <Field label="E-mail address">{(p) => <input {...p} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
        <Field label="Password" hint="At least 12 characters. A few unrelated words make a good one.">
          {(p) => <input {...p} type="password" autoComplete="new-password" minLength={12} required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div><button type="submit" className="primary" disabled={!token}>Create administrator</button></div>
      </form>
    </section>
  );
}
