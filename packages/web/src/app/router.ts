/**
 * A small hash router: `#/accounts/0190…` → `{ name: 'account', params: { id } }`.
 * Hash routes need no server fallback and survive reloads on any static host.
 */
import { useEffect, useState } from 'react';

/** Every page of the app. */
export type RouteName = 'sign-in' | 'home' | 'compose' | 'approvals' | 'accounts' | 'account' | 'review' | 'cases' | 'case' | 'dashboard' | 'policy' | 'not-found';

/** A parsed route. */
export interface Route {
  name: RouteName;
  params: Record<string, string>;
  /** Query parameters after `?` in the hash (filters). */
  query: URLSearchParams;
}

const PATTERNS: Array<[RouteName, string[]]> = [
  ['sign-in', ['sign-in']],
  ['compose', ['compose']],
  ['approvals', ['approvals']],
  ['accounts', ['accounts']],
  ['account', ['accounts', ':id']],
  ['review', ['review']],
  ['cases', ['cases']],
  ['case', ['cases', ':id']],
  ['dashboard', ['dashboard']],
  ['policy', ['policy']],
];

/** Parse `location.hash` (with or without the leading `#`). */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 0) return { name: 'home', params: {}, query };
  for (const [name, pattern] of PATTERNS) {
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    pattern.forEach((seg, i) => {
      const part = parts[i]!;
      if (seg.startsWith(':')) params[seg.slice(1)] = safeDecode(part);
      else if (seg !== part) ok = false;
    });
    if (ok) return { name, params, query };
  }
  return { name: 'not-found', params: {}, query };
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** A link target for a route: `href('account', { id })` → `#/accounts/<id>`. */
export function href(name: Exclude<RouteName, 'not-found'>, params: Record<string, string> = {}, query?: Record<string, string>): string {
  const pattern = name === 'home' ? [] : PATTERNS.find(([n]) => n === name)![1];
  const path = pattern.map((seg) => (seg.startsWith(':') ? encodeURIComponent(params[seg.slice(1)] ?? '') : seg)).join('/');
  const qs = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '')).toString() : '';
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** Navigate to a hash link. */
export function navigate(to: string): void {
  if (window.location.hash !== to) window.location.hash = to;
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
