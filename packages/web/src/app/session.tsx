/**
 * The signed-in user. On start the app asks the server who is signed in (the
 * session cookie is httpOnly, so only the server knows); the CSRF token from
 * that answer goes into the API client for every state-changing request.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api/client.js';
import type { SessionInfo } from '../api/types.js';

/** What pages can read and do about the session. */
export interface SessionState {
  /** undefined while asking the server; null when nobody is signed in. */
  session: SessionInfo | null | undefined;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const Ctx = createContext<SessionState | null>(null);

/** Provides the session to the app. */
export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      const s = await api.get<SessionInfo>('/api/auth/session');
      api.setCsrf(s.csrfToken);
      setSession(s);
    } catch (e) {
      // 401 means "not signed in"; anything else also leaves the user at the sign-in page.
      if (!(e instanceof ApiError)) throw e;
      api.setCsrf(null);
      setSession(null);
    }
  }, []);
  const signIn = useCallback(async (email: string, password: string) => {
    const r = await api.post<{ csrfToken: string }>('/api/auth/login', { email, password });
    api.setCsrf(r.csrfToken);
    await refresh();
  }, [refresh]);
  const signOut = useCallback(async () => {
    try { await api.post('/api/auth/logout'); } finally {
      api.setCsrf(null);
      setSession(null);
    }
  }, []);
  useEffect(() => { void refresh(); }, [refresh]);
  const value = useMemo(() => ({ session, signIn, signOut, refresh }), [session, signIn, signOut, refresh]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The session state (inside SessionProvider). */
export function useSession(): SessionState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user's session (pages only render when signed in). */
export function useSignedIn(): SessionInfo {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn while signed out');
  return session;
}
