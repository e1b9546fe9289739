/** The OpenAPI 3.1 document, generated from the route definitions and their zod schemas. */
import { ENGINE_VERSION } from '@peel/engine';
import { z } from 'zod/v4';
import type { AnyRoute } from './route.js';
import { ErrorSchema } from './schemas.js';
import { CSRF_HEADER, SESSION_COOKIE } from './session.js';

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): Json {
  const js = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete js.$schema;
  return js;
}

function parameters(r: AnyRoute): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
    if (!schema) continue;
    const js = schemaOf(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: prop });
    }
  }
  if (r.action !== 'public' && r.method !== 'GET') {
    out.push({ name: CSRF_HEADER, in: 'header', required: false, description: 'Required with cookie sessions (from GET /api/auth/session); not with API tokens.', schema: { type: 'string' } });
  }
  return out;
}

/** Build the document for these routes. */
export function openApiDocument(routes: readonly AnyRoute[], serverUrl: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const op: Json = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').split('/').map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join('')}`,
      parameters: parameters(r),
      responses: {
        [String(r.status ?? 200)]: { description: 'Success', ...(r.response ? { content: { 'application/json': { schema: schemaOf(r.response, 'output') } } } : {}) },
        default: { description: 'Error (one shape for all errors)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
      'x-peel-action': r.action,
    };
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } };
    if (r.action === 'public') op.security = [];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Peel API', version: ENGINE_VERSION,
      description: 'Register of accredited accounts, drafts and approvals, review, cases and audit for UK police social media. Errors always have the shape {"error":{"code","message","details?"}}.',
    },
    servers: [{ url: serverUrl }],
    security: [{ session: [] }, { token: [] }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        token: { type: 'http', scheme: 'bearer', description: 'API token: peel_<id>_<secret>' },
      },
      schemas: { Error: schemaOf(ErrorSchema, 'output') },
    },
    paths,
  };
}
