/** POST /api/check: run the engine on a post with the caller's force policy. */
import { MAX_TEXT_LENGTH } from '@peel/engine';
import { z } from 'zod/v4';
import { checkForForce } from '../../domain/checker.js';
import { ACCOUNT_KINDS } from '../../domain/model.js';
import { route, type AnyRoute } from '../route.js';
import { IsoDateTime } from '../schemas.js';

const Media = z.strictObject({
  fileName: z.string().min(1).max(500),
  exif: z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).optional(),
  alt: z.string().max(5000).optional(),
});

/** The post to check. */
export const CheckBody = z.strictObject({
  text: z.string().max(MAX_TEXT_LENGTH),
  platform: z.string().max(40).optional(),
  accountKind: z.enum(ACCOUNT_KINDS).optional(),
  date: IsoDateTime.optional(),
  media: z.array(Media).max(20).optional(),
  approvalRef: z.string().max(200).optional(),
});

/** Routes of this file. */
export const checkRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/check', tag: 'check', action: 'check',
    summary: 'Check a post against your force policy: verdict, findings with explanations, guidance and rewrites.',
    body: CheckBody,
    handler: ({ env, actor, body }) => checkForForce(env.policies, actor.forceId, body),
  }),
];
