/**
 * OpenID Connect sign-in end to end: a real oidc-provider server on
 * loopback, openid-client in Peel, the browser's redirects followed by hand.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureOidc } from '../domain/forces.js';
import type { World } from '../domain/testing.js';
import { testTargets, type TestStore } from '../storage/testing.js';
import { buildApp } from './app.js';
import { oidcRoutes } from './routes/oidc.js';
import { worldApp } from './testing.js';

const PEEL = 'http://127.0.0.1:18080';
let subject = 'alice-sub';
let email = 'alice@aa.police.uk';

function cookiesFrom(headers: Headers, jar: Map<string, string>): void {
  for (const c of headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

describe('OpenID Connect sign-in against a local oidc-provider', () => {
  let o: TestStore;
  let app: FastifyInstance;
  let w: World;
  let idp: Server;
  let issuer: string;

  beforeAll(async () => {
    o = await testTargets()[0].open();
    ({ world: w } = await worldApp(o.store));
    app = await buildApp(w.env, { publicUrl: PEEL }, { routes: oidcRoutes });
    idp = createServer();
    await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [{ client_id: 'peel', client_secret: 'a-test-client-secret', redirect_uris: [`${PEEL}/api/auth/oidc/callback`], token_endpoint_auth_method: 'client_secret_post' }],
      findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, email, email_verified: true, name: 'Alice Example' }) }),
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      interactions: { url: (_ctx: unknown, i: { uid: string }) => `/interaction/${i.uid}` },
      features: { devInteractions: { enabled: false } },
      cookies: { keys: ['a-test-cookie-key'] },
    });
    const handle = provider.callback();
    idp.on('request', (req, res) => {
      if (!req.url?.startsWith('/interaction/')) return handle(req, res);
      // The "user" signs in and consents at once.
      void (async () => {
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({ accountId: subject, clientId: details.params.client_id });
        grant.addOIDCScope('openid email profile');
        await provider.interactionFinished(req, res, { login: { accountId: subject }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
      })().catch(() => { res.statusCode = 500; res.end(); });
    });
    await configureOidc(w.env, w.a.admin.actor, w.a.force.id, { issuer, clientId: 'peel', clientSecret: 'env:PEEL_TEST_OIDC_SECRET', defaultRoles: ['officer'] });
    process.env.PEEL_TEST_OIDC_SECRET = 'a-test-client-secret';
  });
  afterAll(async () => {
    await app.close();
    await new Promise((r) => idp.close(r));
    await o.cleanup();
  });

  /** Run the browser part; returns Peel's callback URL path and the flow cookie. */
  async function browse(force = 'aa'): Promise<{ callback: string; flowCookie: string }> {
    const start = await app.inject(`/api/auth/oidc/${force}/start`);
    expect(start.statusCode).toBe(302);
    const flowCookie = String(start.headers['set-cookie']).split(';')[0];
    expect(String(start.headers['set-cookie'])).toMatch(/HttpOnly/);
    let url = String(start.headers.location);
    expect(url.startsWith(issuer)).toBe(true);
    expect(new URL(url).searchParams.get('code_challenge_method')).toBe('S256');
    const jar = new Map<string, string>();
    for (let hops = 0; hops < 10 && !url.startsWith(PEEL); hops++) {
      const r = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      cookiesFrom(r.headers, jar);
      url = new URL(r.headers.get('location') ?? '', url).href;
    }
    expect(url.startsWith(`${PEEL}/api/auth/oidc/callback?`)).toBe(true);
    return { callback: url.slice(PEEL.length), flowCookie };
  }

  it('signs a new user in, creating them with the force\'s default roles', async () => {
    const { callback, flowCookie } = await browse();
    const done = await app.inject({ url: callback, headers: { cookie: flowCookie } });
    expect([done.statusCode, done.headers.location]).toEqual([302, '/']);
    const session = String(done.headers['set-cookie']).match(/peel_session=[^;]+/)?.[0];
    expect(session).toBeDefined();
    const me = (await app.inject({ url: '/api/auth/session', headers: { cookie: session! } })).json();
    expect(me.user).toMatchObject({ email, roles: ['officer'], forceId: w.a.force.id, displayName: 'Alice Example' });
    // Replaying the same callback fails: the state was used.
    expect((await app.inject({ url: callback, headers: { cookie: flowCookie } })).statusCode).toBe(401);
  });

  it('signs the same identity in as the same user', async () => {
    const first = (await o.store.users.getByEmail(email))!;
    const { callback, flowCookie } = await browse();
    const done = await app.inject({ url: callback, headers: { cookie: flowCookie } });
    const session = String(done.headers['set-cookie']).match(/peel_session=[^;]+/)![0];
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie: session } })).json().user.id).toBe(first.id);
  });

  it('refuses a callback without the browser cookie that started it', async () => {
    const { callback } = await browse();
    const r = await app.inject({ url: callback });
    expect([r.statusCode, r.json().error.code]).toEqual([401, 'unauthenticated']);
  });

  it('links an existing local user on a verified e-mail address', async () => {
    subject = 'pat-sub';
    email = w.a.officer.user.email;
    const { callback, flowCookie } = await browse();
    const done = await app.inject({ url: callback, headers: { cookie: flowCookie } });
    const session = String(done.headers['set-cookie']).match(/peel_session=[^;]+/)![0];
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie: session } })).json().user.id).toBe(w.a.officer.user.id);
  });

  it('404s for a force without a provider', async () => {
    expect((await app.inject('/api/auth/oidc/bb/start')).statusCode).toBe(404);
  });
});
