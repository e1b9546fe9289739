/**
 * Imports from the web app: upload a file (raw body, so a plugin with its own
 * parsers; signed-in with CSRF like every other change), then poll its progress.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Readable } from 'node:stream';
import { z } from 'zod/v4';
import type { Env } from '../../domain/context.js';
import { DomainError } from '../../domain/errors.js';
import { parseMapping } from '../../imports/record.js';
import { IMPORT_KINDS } from '../../imports/service.js';
import { getImportFor, listImportsFor, startUploadedImport } from '../../imports/uploads.js';
import { authorize } from '../../policies/index.js';
import { connectorEnv } from '../../platforms/env.js';
import { route, type AnyRoute } from '../route.js';
import { resolvePrincipal, verifyCsrf } from '../session.js';
import { Id, IdParams } from '../schemas.js';

/** JSON routes of this file. */
export const importRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/imports', tag: 'imports', action: 'posts.read',
    summary: 'Imports of your force (force-wide roles), or of one account, newest first.',
    query: z.strictObject({ accountId: Id.optional() }),
    handler: async ({ env, actor, query }) => ({ items: await listImportsFor(connectorEnv(env), actor, query) }),
  }),
  route({
    method: 'GET', url: '/api/imports/:id', tag: 'imports', action: 'posts.read',
    summary: 'One import and its progress (processed of total, new, already there, rejected).', params: IdParams,
    handler: ({ env, actor, params }) => getImportFor(connectorEnv(env), actor, params.id),
  }),
];

const UploadQuery = z.strictObject({
  accountId: Id, kind: z.enum(IMPORT_KINDS), fileName: z.string().trim().min(1).max(200),
  map: z.string().max(500).optional(),
});

/**
 * POST /api/imports?accountId=…&kind=x-archive|jsonl|csv&fileName=…[&map=…]
 * with the file as the body (application/zip, application/octet-stream,
 * application/x-ndjson or text/csv). Answers 202 with the queued import.
 */
export function importUploads(env: Env): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    // The body stays a stream: it goes to disk, never whole into memory.
    app.addContentTypeParser(['application/zip', 'application/octet-stream', 'application/x-ndjson', 'text/csv'], (_req, payload, done) => done(null, payload));
    app.post('/api/imports', async (req, reply) => {
      const principal = await resolvePrincipal(env, req);
      if (!principal) throw new DomainError('unauthenticated', 'Sign in first.');
      verifyCsrf(principal, req);
      authorize(principal.actor, 'posts.write');
      const q = UploadQuery.safeParse(req.query);
      if (!q.success) throw new DomainError('invalid', 'The request query is not valid.', q.error.issues.map((i) => ({ path: ['query', ...i.path.map(String)].join('.'), message: i.message })));
      let mapping;
      try {
        mapping = q.data.map === undefined ? undefined : parseMapping(q.data.map);
      } catch (e) {
        throw new DomainError('invalid', (e as Error).message);
      }
      if (!req.body) throw new DomainError('bad_request', 'Send the file as the request body.');
      const run = await startUploadedImport(connectorEnv(env), principal.actor, {
        accountId: q.data.accountId, kind: q.data.kind, fileName: q.data.fileName, mapping, body: req.body as Readable,
      });
      return reply.code(202).send(run);
    });
  };
}
