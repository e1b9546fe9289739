/** Every API route, in documentation order. */
import type { AnyRoute } from '../route.js';
import { accountRoutes } from './accounts.js';
import { authRoutes } from './auth.js';
import { caseRoutes } from './cases.js';
import { checkRoutes } from './check.js';
import { draftRoutes } from './drafts.js';
import { forceRoutes } from './forces.js';
import { peopleRoutes } from './people.js';
import { publicRoutes } from './public.js';
import { reportRoutes } from './reports.js';
import { reviewRoutes } from './review.js';

/** All routes of the API. */
export const API_ROUTES: readonly AnyRoute[] = [
  ...authRoutes, ...checkRoutes, ...forceRoutes, ...peopleRoutes, ...accountRoutes, ...draftRoutes, ...reviewRoutes, ...caseRoutes,
  ...reportRoutes, ...publicRoutes,
];
