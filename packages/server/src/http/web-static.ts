/**
 * Serves the built web app (packages/web/dist) from the same origin as the
 * API, so the session cookie and CSRF scheme need no CORS. Hashed assets are
 * cached for a year; index.html is never cached, so a new build is picked up
 * at once. Any other GET outside /api falls back to index.html (SPA).
 * Kept apart from app.ts: the API works with or without a built web app.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build -w @peel/web` puts the app. */
export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../web/dist');

/**
 * Register the web app if it has been built. Returns whether it was (the
 * server still runs the API when it has not).
 */
export async function registerWebApp(app: FastifyInstance, root: string = process.env.PEEL_WEB_ROOT ?? DEFAULT_WEB_ROOT): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, path) {
      void reply.header('cache-control', path.startsWith(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (reply: FastifyReply): FastifyReply => reply.sendFile('index.html');
  app.get('/', (_req, reply) => sendIndex(reply));
  app.get('/*', (req, reply) => {
    // Unknown API paths keep the JSON 404; only page addresses get the app.
    if (req.url.startsWith('/api/') || req.url === '/api') return reply.callNotFound();
    return sendIndex(reply);
  });
  return true;
}
