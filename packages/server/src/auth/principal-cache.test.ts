import { describe, expect, it } from 'vitest';
import { PrincipalCache } from './principal-cache.js';
import type { Principal } from './service.js';

const principal = (userId: string): Principal => ({
  user: { id: userId } as Principal['user'],
  actor: { userId, forceId: null, personId: null, team: null, roles: ['officer'], scopes: null },
  csrfToken: null, via: 'token',
});

describe('principal cache', () => {
  it('returns live entries and drops lapsed or expired ones', async () => {
    const c = new PrincipalCache(30);
    c.set('a', principal('u1'), null);
    c.set('b', principal('u1'), '2025-01-01T00:00:00.000Z');
    expect(c.get('a', '2025-06-01T00:00:00.000Z')?.user.id).toBe('u1');
    expect(c.get('b', '2025-06-01T00:00:00.000Z')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 40));
    expect(c.get('a', '2025-06-01T00:00:00.000Z')).toBeUndefined();
  });

  it('forgets one credential, or all of a user', () => {
    const c = new PrincipalCache();
    c.set('a', principal('u1'), null);
    c.set('b', principal('u1'), null);
    c.set('c', principal('u2'), null);
    c.delete('a');
    expect(c.get('a', '')).toBeUndefined();
    c.forgetUser('u1');
    expect(c.get('b', '')).toBeUndefined();
    expect(c.get('c', '')?.user.id).toBe('u2');
  });

  it('stays bounded', () => {
    const c = new PrincipalCache(60_000, 100);
    for (let i = 0; i < 1000; i++) c.set(`k${i}`, principal('u'), null);
    expect(c.get('k999', '')).toBeDefined();
    expect(c.get('k0', '')).toBeUndefined();
  });
});

describe('principal cache loads', () => {
  it('loads once for concurrent requests and caches nothing for an invalid credential', async () => {
    const c = new PrincipalCache();
    let n = 0;
    const load = async () => {
      n++;
      await new Promise((r) => setTimeout(r, 5));
      return { principal: principal('u1'), expiresAt: null };
    };
    const got = await Promise.all(Array.from({ length: 20 }, () => c.load('a', '', load)));
    expect(n).toBe(1);
    expect(got.every((p) => p?.user.id === 'u1')).toBe(true);
    expect(await c.load('x', '', async () => undefined)).toBeUndefined();
    expect(c.get('x', '')).toBeUndefined();
  });

  it('forgetUser during a load keeps the loaded (old) principal out of the cache', async () => {
    const c = new PrincipalCache();
    let release: () => void = () => undefined;
    const pending = c.load('a', '', () => new Promise((ok) => {
      release = () => ok({ principal: principal('u1'), expiresAt: null });
    }));
    await new Promise((r) => setTimeout(r, 0));
    c.forgetUser('u1');
    release();
    await pending;
    expect(c.get('a', '')).toBeUndefined();
  });

  it('does not return a cached principal whose credential has expired', async () => {
    const c = new PrincipalCache();
    c.set('a', principal('u1'), '2025-01-01T00:00:00.000Z');
    expect(await c.load('a', '2025-06-01T00:00:00.000Z', async () => ({ principal: principal('u1'), expiresAt: '2025-01-01T00:00:00.000Z' }))).toBeUndefined();
  });
});
