/**
 * POST /api/check under a burst: the credential, user and policy are read
 * once for all concurrent requests (on PostgreSQL a read per request queued
 * for the pool and put p99 above 100 ms), and the shared load never lets a
 * wrong secret or a revoked token through.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiToken, revokeApiToken } from '../auth/service.js';
import type { World } from '../domain/testing.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { worldApp } from './testing.js';

for (const target of testTargets()) {
  describe(`POST /api/check burst on ${target.name}`, () => {
    let o: TestStore;
    let app: FastifyInstance;
    let w: World;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      o = await target.open();
      ({ app, world: w } = await worldApp(o.store));
    });
    afterAll(async () => { await app?.close(); await o?.cleanup(); });

    const check = (token: string) => app.inject({
      method: 'POST', url: '/api/check', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: { text: 'Road closed on the A43 this morning, please avoid the area.' },
    });

    it('reads the token, user and policy once for 40 concurrent checks', async () => {
      const { token, apiToken } = await createApiToken(w.env, w.a.desk.actor, { name: 'burst', scopes: ['check'] });
      const tokens = vi.spyOn(o.store.apiTokens, 'get');
      const users = vi.spyOn(o.store.users, 'get');
      const policies = vi.spyOn(o.store.policies, 'current');
      try {
        const replies = await Promise.all(Array.from({ length: 40 }, () => check(token)));
        expect(replies.map((r) => r.statusCode)).toEqual(Array(40).fill(200));
        expect(tokens.mock.calls.filter(([id]) => id === apiToken.id)).toHaveLength(1);
        expect(users).toHaveBeenCalledTimes(1);
        expect(policies.mock.calls.length).toBeLessThanOrEqual(1);
      } finally {
        vi.restoreAllMocks();
      }
      // Last use is still recorded (once a minute at most).
      expect((await o.store.apiTokens.get(apiToken.id))?.lastUsedAt).not.toBeNull();
    });

    it('refuses a wrong secret for a cached token id, even inside a burst of right ones', async () => {
      const { token } = await createApiToken(w.env, w.a.desk.actor, { name: 'mixed', scopes: ['check'] });
      const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      const replies = await Promise.all([check(wrong), check(token), check(wrong), check(token)]);
      expect(replies.map((r) => r.statusCode)).toEqual([401, 200, 401, 200]);
      expect((await check(wrong)).statusCode).toBe(401);
    });

    it('a token revoked in this process is refused at once, even with checks in flight', async () => {
      const { token, apiToken } = await createApiToken(w.env, w.a.desk.actor, { name: 'revoked', scopes: ['check'] });
      expect((await check(token)).statusCode).toBe(200);
      const during = Promise.all([check(token), check(token)]);
      await revokeApiToken(w.env, w.a.desk.actor, apiToken.id);
      await during;
      expect((await check(token)).statusCode).toBe(401);
    });
  });
}
