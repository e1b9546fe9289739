/**
 * A local stand-in for a Mastodon instance, following the documented REST
 * shapes: GET /api/v1/accounts/verify_credentials, GET
 * /api/v1/accounts/:id/statuses (since_id, max_id, limit; newest first),
 * POST /api/v1/statuses, DELETE /api/v1/statuses/:id; bearer auth; 429 on demand.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A status held by the fake (snake_case, as on the wire). */
export interface FakeStatus { id: string; created_at: string; content: string; url: string; uri: string; reblog: FakeStatus | null; visibility: string }

/** The running fake. */
export interface FakeMastodon {
  url: string;
  statuses: FakeStatus[];
  requests: string[];
  /** Answer the next timeline request with 429. */
  limitNext: boolean;
  /** Post as if from a Mastodon app. */
  add(html: string, reblog?: boolean): FakeStatus;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  let s = '';
  for await (const c of req) s += c;
  return s;
};

/** Start the fake for account 7 with a bearer token. */
export async function startFakeMastodon(token: string): Promise<FakeMastodon> {
  let next = 110_000_000_000_000_000n;
  let base = '';
  const status = (html: string, reblog = false): FakeStatus => {
    const id = String(next++);
    return {
      id, created_at: new Date().toISOString(), content: html, url: `${base}/@npt/${id}`, uri: `${base}/users/npt/statuses/${id}`,
      visibility: 'public', reblog: reblog ? { ...status('<p>someone else</p>'), reblog: null } : null,
    };
  };
  const account = { id: '7', username: 'npt', acct: 'npt', display_name: 'NPT', url: '', created_at: '2020-01-01T00:00:00.000Z' };
  const fake = { statuses: [] as FakeStatus[], requests: [] as string[], limitNext: false };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://m');
      fake.requests.push(`${req.method} ${url.pathname}${url.search}`);
      const send = (code: number, json: unknown) => res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: 'The access token is invalid' });
      if (req.method === 'GET' && url.pathname === '/api/v1/accounts/verify_credentials') return send(200, account);
      if (req.method === 'GET' && url.pathname === '/api/v1/accounts/7/statuses') {
        if (fake.limitNext) {
          fake.limitNext = false;
          return send(429, { error: 'Too many requests' });
        }
        const since = url.searchParams.get('since_id');
        const maxId = url.searchParams.get('max_id');
        const limit = Number(url.searchParams.get('limit') ?? 20);
        const page = fake.statuses.filter((s) => (since === null || BigInt(s.id) > BigInt(since)) && (maxId === null || BigInt(s.id) < BigInt(maxId)))
          .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1)).slice(0, limit);
        return send(200, page.map((s) => ({ ...s, account })));
      }
      if (req.method === 'POST' && url.pathname === '/api/v1/statuses') {
        const raw = await readBody(req);
        const text = req.headers['content-type']?.includes('json') ? (JSON.parse(raw) as { status: string }).status : new URLSearchParams(raw).get('status') ?? '';
        const s = status(`<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br />')}</p>`);
        fake.statuses.push(s);
        return send(200, { ...s, account });
      }
      const del = /^\/api\/v1\/statuses\/(\d+)$/.exec(url.pathname);
      if (req.method === 'DELETE' && del) {
        const s = fake.statuses.find((x) => x.id === del[1]);
        if (!s) return send(404, { error: 'Record not found' });
        fake.statuses = fake.statuses.filter((x) => x !== s);
        return send(200, { ...s, account, text: '' });
      }
      return send(404, { error: 'Not found' });
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    url: base,
    add(html: string, reblog = false) {
      const s = status(html, reblog);
      fake.statuses.push(s);
      return s;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
