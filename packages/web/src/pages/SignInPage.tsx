/** Sign-in: e-mail and password, and "Sign in with …" for each OpenID Connect provider the server advertises. */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError } from '../api/client.js';
import { asApiError } from '../api/hooks.js';
import type { SignInProvider } from '../api/types.js';
import { useSession } from '../app/session.js';
import { ErrorNotice, Field, PageTitle } from '../ui/components.js';

/** Read the providers list; servers without OIDC answer 404, which means "none". */
async function loadProviders(): Promise<SignInProvider[]> {
  try {
    const r = await api.get<{ items?: Array<Partial<SignInProvider>> }>('/api/auth/providers');
    return (r.items ?? []).filter((p): p is SignInProvider => typeof p.url === 'string' && typeof p.label === 'string' && typeof p.id === 'string');
  } catch (e) {
    if (e instanceof ApiError) return [];
    throw e;
  }
}

/** Where the server starts OpenID Connect sign-in for a force. */
export function oidcStartUrl(forceCode: string): string {
  return `/api/auth/oidc/${encodeURIComponent(forceCode.trim().toLowerCase())}/start`;
}

/** Single sign-on by force code, for servers that do not list their providers. */
function ForceSignIn(): ReactNode {
  const [code, setCode] = useState('');
  const valid = /^[a-z0-9-]{2,32}$/.test(code.trim().toLowerCase());
  return (
    <details className="providers">
      <summary>Sign in with your force's single sign-on (OIDC)</summary>
      <form className="stack" onSubmit={(e) => { e.preventDefault(); if (valid) window.location.assign(oidcStartUrl(code)); }}>
        <Field label="Force code" hint="Your force's short code, e.g. wvp. Ask your administrator if unsure.">
          {(p) => <input {...p} type="text" autoComplete="organization" value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <div><button type="submit" className="secondary" disabled={!valid}>Continue to sign-in</button></div>
      </form>
    </details>
  );
}

/** The sign-in page. */
export function SignInPage(): ReactNode {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [providers, setProviders] = useState<SignInProvider[]>([]);
  useEffect(() => { void loadProviders().then(setProviders); }, []);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email, password);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <PageTitle sub="Check posts before they go out, and keep the force's accounts safe.">Sign in to Peel</PageTitle>
      <ErrorNotice error={error} />
      <form onSubmit={(e) => { void submit(e); }} className="stack">
        <Field label="E-mail address">
          {(p) => <input {...p} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label="Password">
          {(p) => <input {...p} type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div><button type="submit" className="primary" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button></div>
      </form>
      {providers.length > 0 ? (
        <div className="stack providers">
          <h2>Or use your force account</h2>
          {providers.map((p) => <a key={p.id} className="button" href={p.url}>Sign in with {p.label} (OIDC)</a>)}
        </div>
      ) : <ForceSignIn />}
    </section>
  );
}
