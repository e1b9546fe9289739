import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web-static.js';

const root = mkdtempSync(join(tmpdir(), 'peel-web-static-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('web app static serving', () => {
  it('does nothing when the app is not built', async () => {
    const app = Fastify();
    expect(await registerWebApp(app, join(root, 'missing'))).toBe(false);
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
  });

  it('serves index.html, hashed assets with long caching, and falls back to the app outside /api', async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Peel</title>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = Fastify();
    app.get('/api/ping', async () => ({ ok: true }));
    app.setNotFoundHandler((_req, reply) => { void reply.code(404).send({ error: { code: 'not_found', message: 'No such route.' } }); });
    expect(await registerWebApp(app, root)).toBe(true);

    const index = await app.inject({ url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');

    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const page = await app.inject({ url: '/setup' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Peel</title>');

    expect((await app.inject({ url: '/api/ping' })).json()).toEqual({ ok: true });
    const api404 = await app.inject({ url: '/api/nope' });
    expect(api404.statusCode).toBe(404);
    expect(api404.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await app.inject({ url: '/assets/../../etc/passwd' })).body).not.toContain('root:');
    await app.close();
  });
});
