import { describe, expect, it } from 'vitest';
import { ApiError, createApi, withQuery } from './client.js';

interface Call { url: string; init: RequestInit }

function fake(responses: Response[]): { calls: Call[]; fetch: (u: string, i: RequestInit) => Promise<Response> } {
  const calls: Call[] = [];
  return { calls, fetch: async (url, init) => { calls.push({ url, init }); return responses.shift()!; } };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client', () => {
  it('sends the CSRF header on state-changing requests only', async () => {
    const f = fake([json(200, { ok: 1 }), json(200, { ok: 2 }), new Response(null, { status: 204 })]);
    const api = createApi(f.fetch);
    api.setCsrf('tok');
    expect(await api.get('/api/x', { a: 1, b: undefined, c: '' })).toEqual({ ok: 1 });
    expect(await api.post('/api/y', { text: 'hi' })).toEqual({ ok: 2 });
    expect(await api.del('/api/z')).toBeUndefined();
    const h = (i: number) => f.calls[i]!.init.headers as Record<string, string>;
    expect(f.calls[0]!.url).toBe('/api/x?a=1');
    expect(h(0)['x-csrf-token']).toBeUndefined();
    expect(h(1)['x-csrf-token']).toBe('tok');
    expect(h(1)['content-type']).toBe('application/json');
    expect(f.calls[1]!.init.body).toBe('{"text":"hi"}');
    expect(h(2)['x-csrf-token']).toBe('tok');
  });

  it('turns the server error shape into ApiError', async () => {
    const f = fake([json(409, { error: { code: 'conflict', message: 'Someone else decided first.', details: { v: 2 } } })]);
    const err = await createApi(f.fetch).post('/api/a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: 'conflict', message: 'Someone else decided first.', details: { v: 2 } });
  });

  it('describes non-JSON failures and network errors without leaking anything', async () => {
    const f = fake([new Response('<html>bad gateway</html>', { status: 502 })]);
    await expect(createApi(f.fetch).get('/api/a')).rejects.toMatchObject({ status: 502, code: 'http_error' });
    const down = createApi(async () => { throw new TypeError('fetch failed'); });
    await expect(down.get('/api/a')).rejects.toMatchObject({ code: 'network' });
  });

  it('builds query strings', () => {
    expect(withQuery('/p')).toBe('/p');
    expect(withQuery('/p', { s: 'a b', n: null, t: true })).toBe('/p?s=a+b&t=true');
  });
});
