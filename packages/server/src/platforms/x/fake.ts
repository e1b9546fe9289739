/**
 * A local stand-in for the X API v2, following its documented request and
 * response shapes: GET /2/users/me, GET /2/users/:id/tweets (since_id,
 * max_results, pagination_token, newest first, meta.next_token),
 * POST /2/tweets, DELETE /2/tweets/:id, bearer auth, and x-rate-limit-*
 * headers on every answer (429 when the window is used up).
 */
import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { TEST_TLS_CERT, TEST_TLS_KEY, trustTestCertificate } from '../tls-testing.js';

/** One tweet held by the fake. */
export interface FakeTweet { id: string; text: string; created_at: string }

/** The running fake. */
export interface FakeX {
  /** API prefix, e.g. https://127.0.0.1:1234/2/ (TLS with the test certificate) */
  prefix: string;
  tweets: FakeTweet[];
  /** Requests seen (method and path with query). */
  requests: string[];
  /** Requests left in the rate-limit window (decremented per timeline call). */
  remaining: number;
  /** Reset time of the window (unix seconds). */
  reset: number;
  /** Post as if from the X app (not through Peel). */
  add(text: string): FakeTweet;
  close(): Promise<void>;
}

const body = async (req: IncomingMessage): Promise<string> => {
  let s = '';
  for await (const c of req) s += c;
  return s;
};

/** Start the fake for one user (id 42) with a bearer token. */
export async function startFakeX(token: string): Promise<FakeX> {
  let next = 1_700_000_000_000_000_000n;
  const state: Omit<FakeX, 'prefix' | 'close' | 'add'> = { tweets: [], requests: [], remaining: 1000, reset: Math.floor(Date.now() / 1000) + 900 };
  trustTestCertificate();
  const server: Server = createServer({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      state.requests.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (status: number, json: unknown, limited = false) => {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (limited) Object.assign(headers, { 'x-rate-limit-limit': '1000', 'x-rate-limit-remaining': String(Math.max(0, state.remaining)), 'x-rate-limit-reset': String(state.reset) });
        res.writeHead(status, headers).end(JSON.stringify(json));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
      if (req.method === 'GET' && url.pathname === '/2/users/me') return send(200, { data: { id: '42', name: 'NPT', username: 'nptforce' } });
      const timeline = /^\/2\/users\/(\d+)\/tweets$/.exec(url.pathname);
      if (req.method === 'GET' && timeline) {
        if (state.remaining <= 0) return send(429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, true);
        state.remaining--;
        const since = url.searchParams.get('since_id');
        const max = Number(url.searchParams.get('max_results') ?? 10);
        const offset = Number(url.searchParams.get('pagination_token') ?? 0);
        const newer = state.tweets.filter((t) => since === null || BigInt(t.id) > BigInt(since)).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
        const page = newer.slice(offset, offset + max);
        const more = offset + max < newer.length;
        return send(200, {
          ...(page.length ? { data: page } : {}),
          meta: { result_count: page.length, ...(page.length ? { newest_id: page[0]!.id, oldest_id: page.at(-1)!.id } : {}), ...(more ? { next_token: String(offset + max) } : {}) },
        }, true);
      }
      if (req.method === 'POST' && url.pathname === '/2/tweets') {
        const { text } = JSON.parse(await body(req)) as { text: string };
        const t = { id: String(next++), text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), created_at: new Date().toISOString() };
        state.tweets.push(t);
        return send(201, { data: { id: t.id, text: t.text, edit_history_tweet_ids: [t.id] } });
      }
      const del = /^\/2\/tweets\/(\d+)$/.exec(url.pathname);
      if (req.method === 'DELETE' && del) {
        const before = state.tweets.length;
        state.tweets = state.tweets.filter((t) => t.id !== del[1]);
        return send(200, { data: { deleted: state.tweets.length < before } });
      }
      return send(404, { title: 'Not Found', status: 404, type: 'about:blank' });
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    prefix: `https://127.0.0.1:${port}/2/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
    add(text: string): FakeTweet {
      const t = { id: String(next++), text, created_at: new Date().toISOString() };
      state.tweets.push(t);
      return t;
    },
  });
}
