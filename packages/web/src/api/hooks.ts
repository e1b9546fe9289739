/** Loading data in pages: one hook for "fetch, show loading, show error, reload". */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './client.js';
import type { Page } from './types.js';

/** State of one load. */
export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** Run `load` now and whenever `deps` change; the latest call wins. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => { if (mine === seq.current) setState({ data, loading: false }); },
      (e: unknown) => { if (mine === seq.current) setState({ error: asApiError(e), loading: false }); },
    );
    // `load` is a fresh closure each render; the caller lists what it depends on.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Any thrown value as an ApiError with a safe message. */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError(0, 'client', 'Something went wrong in the page. Please reload and try again.');
}

/** Every item of a paged list, following cursors up to `max` items. */
export async function listAll<T>(path: string, query: Record<string, string | undefined> = {}, max = 2000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<T>>(path, { ...query, limit: 200, cursor });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < max);
  return out;
}
