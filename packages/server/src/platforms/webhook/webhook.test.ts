/** The webhook end to end over HTTP: signed, replay-protected, idempotent. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../http/testing.js';
import { testTargets } from '../../storage/testing.js';
import { connectorApp, type ConnectorApp } from '../http-testing.js';
import { signedHeaders, TOLERANCE_SECONDS } from './signature.js';

for (const target of testTargets()) {
  describe(`webhook on ${target.name}`, () => {
    let rig: ConnectorApp;
    let source: { id: string; url: string; secret: string };
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      rig = await connectorApp(target);
      const desk = await signIn(rig.app, rig.world, rig.world.a.desk);
      const res = await desk('POST', '/api/webhook-sources', { accountId: rig.world.a.monitored.id, name: 'Orlo' });
      expect(res.statusCode, res.body).toBe(201);
      source = { ...(res.json() as { source: { id: string } }).source, ...(res.json() as { url: string; secret: string }) };
    });
    afterAll(async () => rig?.close());

    const deliver = (body: string, headers: Record<string, string>, id = source.id) => rig.app.inject({
      method: 'POST', url: `/api/webhooks/${id}`, payload: body, headers: { 'content-type': 'application/json', ...headers },
    });
    const now = () => rig.world.env.now();
    const postsOf = async () => Number((await sql<{ n: number }>`select count(*) as n from posts where account_id = ${rig.world.a.monitored.id}`.execute(rig.connectors.env.db)).rows[0]!.n);

    it('stores signed posts once, checked, and acknowledges a repeated delivery without storing again', async () => {
      const body = JSON.stringify({ posts: [
        { id: 'orlo-1', text: 'Thanks Sarah (07700 900123) for reporting', publishedAt: '2025-02-28T10:00:00Z', url: 'https://example.org/p/1' },
        { id: 'orlo-2', text: 'Road closed on the A43, please avoid the area', publishedAt: '2025-02-28T11:00:00+01:00' },
      ] });
      const first = await deliver(body, signedHeaders(source.secret, body, 'd-1', now()));
      expect(first.statusCode, first.body).toBe(200);
      const r = first.json() as { duplicate: boolean; stored: Array<{ id: string; verdict: string }> };
      expect(r.duplicate).toBe(false);
      expect(r.stored.map((s) => s.id)).toEqual(['orlo-1', 'orlo-2']);
      expect(r.stored[0]!.verdict).not.toBe('pass');
      expect(await postsOf()).toBe(2);

      const again = await deliver(body, signedHeaders(source.secret, body, 'd-1', now()));
      expect(again.json()).toMatchObject({ duplicate: true, stored: [] });
      const otherDelivery = await deliver(body, signedHeaders(source.secret, body, 'd-2', now()));
      expect(otherDelivery.json()).toMatchObject({ duplicate: false, stored: [], already: ['orlo-1', 'orlo-2'] });
      expect(await postsOf()).toBe(2);
      const findings = await rig.world.env.store.findings.list(rig.world.a.force.id, { limit: 50 }, {});
      expect(findings.items.length).toBeGreaterThan(0);
    });

    it('accepts a single post object', async () => {
      const body = JSON.stringify({ id: 'orlo-3', text: 'Fun day at the station on Saturday', publishedAt: '2025-02-28T12:00:00Z' });
      const res = await deliver(body, signedHeaders(source.secret, body, 'd-3', now()));
      expect(res.json()).toMatchObject({ stored: [{ id: 'orlo-3' }] });
    });

    it('refuses bad, stale, tampered and unsigned deliveries with 401, storing nothing', async () => {
      const body = JSON.stringify({ id: 'evil', text: 'x', publishedAt: '2025-02-28T12:00:00Z' });
      const before = await postsOf();
      const stale = new Date(now().getTime() - (TOLERANCE_SECONDS + 60) * 1000);
      const future = new Date(now().getTime() + (TOLERANCE_SECONDS + 60) * 1000);
      const cases: Array<[string, Record<string, string>, string?]> = [
        [body, signedHeaders('whsec_wrong', body, 'e-1', now())],
        [body, signedHeaders(source.secret, body, 'e-2', stale)],
        [body, signedHeaders(source.secret, body, 'e-3', future)],
        [body.replace('"x"', '"y"'), signedHeaders(source.secret, body, 'e-4', now())],
        [body, {}],
        [body, signedHeaders(source.secret, body, 'e-5', now()), '0190a5c4-0000-7000-8000-000000000000'],
        [body, signedHeaders(source.secret, body, 'e-6', now()), 'not-an-id'],
      ];
      for (const [b, h, id] of cases) {
        const res = await deliver(b, h, id);
        expect([res.statusCode, res.json().error.code], JSON.stringify(h)).toEqual([401, 'unauthenticated']);
      }
      expect(await postsOf()).toBe(before);
    });

    it('answers 400 to a signed body of the wrong shape, and to a missing delivery id', async () => {
      const bad = JSON.stringify({ posts: [{ id: 'x', text: 'no date' }] });
      expect((await deliver(bad, signedHeaders(source.secret, bad, 'b-1', now()))).statusCode).toBe(400);
      const good = JSON.stringify({ id: 'ok', text: 'x', publishedAt: '2025-02-28T12:00:00Z' });
      const h = signedHeaders(source.secret, good, 'b-2', now());
      delete h['peel-delivery'];
      expect((await deliver(good, h)).statusCode).toBe(400);
    });

    it('refuses deliveries once the source is revoked; officers cannot manage sources', async () => {
      const officer = await signIn(rig.app, rig.world, rig.world.a.officer);
      expect((await officer('GET', '/api/webhook-sources')).statusCode).toBe(403);
      const desk = await signIn(rig.app, rig.world, rig.world.a.desk);
      const list = await desk('GET', '/api/webhook-sources');
      expect(list.body).not.toContain(source.secret);
      expect((await desk('DELETE', `/api/webhook-sources/${source.id}`)).statusCode).toBe(200);
      const body = JSON.stringify({ id: 'late', text: 'x', publishedAt: '2025-02-28T12:00:00Z' });
      expect((await deliver(body, signedHeaders(source.secret, body, 'r-1', now()))).statusCode).toBe(401);
      const otherForce = await signIn(rig.app, rig.world, rig.world.b.desk);
      expect((await otherForce('DELETE', `/api/webhook-sources/${source.id}`)).statusCode).toBe(404);
    });
  });
}
