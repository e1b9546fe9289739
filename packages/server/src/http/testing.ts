/** HTTP test helpers: the synthetic world behind an app, and signed-in callers via inject. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { startSession } from '../auth/service.js';
import { createWorld, type Member, type World } from '../domain/testing.js';
import type { Store } from '../storage/store.js';
import { buildApp, type AppExtras } from './app.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session.js';

/** A caller bound to a session. */
export interface Caller {
  (method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  csrf: string;
  cookie: string;
}

/** Sign `m` in (a real session row, without spending argon2 time). */
export async function signIn(app: FastifyInstance, world: World, m: Member): Promise<Caller> {
  const s = await startSession(world.env, m.user);
  const cookie = `${SESSION_COOKIE}=${s.token}`;
  const call = ((method, url, body, headers = {}) => app.inject({
    method, url,
    headers: { cookie, [CSRF_HEADER]: s.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  })) as Caller;
  call.csrf = s.csrfToken;
  call.cookie = cookie;
  return call;
}

/** A world and an app over `store`. */
export async function worldApp(store: Store, extras: AppExtras = {}): Promise<{ world: World; app: FastifyInstance }> {
  const world = await createWorld(store);
  const app = await buildApp(world.env, { publicUrl: 'http://127.0.0.1:8080' }, extras);
  await app.ready();
  return { world, app };
}
