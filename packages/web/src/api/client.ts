/**
 * The API client: JSON over fetch with the session cookie, the CSRF header on
 * every state-changing request, and the server's one error shape turned into
 * an `ApiError` whose message is safe to show (the server never echoes input).
 */

/** The header the server expects the CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** A failed request, carrying the server's error code and message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Query values; undefined and empty strings are left out. */
export type Query = Record<string, string | number | boolean | undefined | null>;

/** What the pages use to talk to the server. */
export interface Api {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  del<T>(path: string): Promise<T>;
  /** Set (or clear) the CSRF token learnt at sign-in or from the session. */
  setCsrf(token: string | null): void;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Build a path with a query string. */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Read an error body in the server's shape, or describe the status. */
async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const e = body.error;
    if (e && typeof e.code === 'string' && typeof e.message === 'string') return new ApiError(res.status, e.code, e.message, e.details);
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic message.
  }
  return new ApiError(res.status, 'http_error', `The server answered ${res.status}. Please try again.`);
}

/** Create a client for `base` (empty for same origin). */
export function createApi(fetchImpl: FetchLike = (i, init) => fetch(i, init), base = ''): Api {
  let csrf: string | null = null;
  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrf) headers[CSRF_HEADER] = csrf;
    let res: Response;
    try {
      res = await fetchImpl(base + path, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'network', 'Could not reach the Peel server. Check your connection and try again.');
    }
    if (!res.ok) throw await toError(res);
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return {
    get: (path, query) => send('GET', withQuery(path, query)),
    post: (path, body) => send('POST', path, body ?? {}),
    put: (path, body) => send('PUT', path, body ?? {}),
    patch: (path, body) => send('PATCH', path, body ?? {}),
    del: (path) => send('DELETE', path),
    setCsrf: (token) => { csrf = token; },
  };
}

/** The app's client (same origin as the page). */
export const api: Api = createApi();
