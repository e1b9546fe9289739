/** Reports for force leadership (own force) and the inspectorate (every force, small counts suppressed). */
import { z } from 'zod/v4';
import { periodOrDefault, REPORT_FORMATS, sendReport } from '../../reports/http.js';
import { forceReport, nationalReport } from '../../reports/service.js';
import { route, type AnyRoute } from '../route.js';
import { IsoDate } from '../schemas.js';

const ReportQuery = z.strictObject({
  from: IsoDate.optional(), to: IsoDate.optional(), format: z.enum(REPORT_FORMATS).default('json'),
});

/** Routes of this file. */
export const reportRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/reports/force', tag: 'reports', action: 'stats.force',
    summary: 'Your force\'s report for a period (default: the last twelve months) as JSON, CSV, PDF or an HTML page with charts.',
    query: ReportQuery,
    handler: async ({ env, actor, query, reply }) => {
      const r = await forceReport(env, actor, periodOrDefault(query.from, query.to, env.now()));
      return sendReport(reply, r, query.format, '/api/reports/force');
    },
  }),
  route({
    method: 'GET', url: '/api/reports/national', tag: 'reports', action: 'stats.national',
    summary: 'Inspectorate view: every force side by side, no personal data, counts under 5 shown as "fewer than 5".',
    query: ReportQuery,
    handler: async ({ env, actor, query, reply }) => {
      const r = await nationalReport(env, actor, periodOrDefault(query.from, query.to, env.now()));
      return sendReport(reply, r, query.format, '/api/reports/national');
    },
  }),
];
