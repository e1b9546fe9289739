/**
 * Role-aware navigation. What a role may do comes from the server's own
 * permission matrix (one source of truth); the server still enforces every
 * route, so hiding a link is only a convenience, never the protection.
 */
import { ROLE_ACTIONS, type Action } from '../../../server/src/policies/actions.js';
import type { Role } from '../api/types.js';
import type { RouteName } from './router.js';

/** True when any of the roles permits the action. */
export function can(roles: readonly Role[], action: Action): boolean {
  return roles.some((r) => ROLE_ACTIONS[r]?.includes(action));
}

/** One navigation entry. */
export interface NavItem {
  route: Exclude<RouteName, 'not-found' | 'sign-in' | 'home' | 'account' | 'case'>;
  label: string;
  /** Any one of these actions shows the entry. */
  anyOf: readonly Action[];
}

/** The navigation, in order. */
export const NAV: readonly NavItem[] = [
  { route: 'compose', label: 'Compose', anyOf: ['drafts.write'] },
  { route: 'approvals', label: 'Approvals', anyOf: ['drafts.decide'] },
  { route: 'accounts', label: 'Accounts', anyOf: ['accounts.read'] },
  { route: 'review', label: 'Review queue', anyOf: ['findings.review'] },
  { route: 'cases', label: 'Cases', anyOf: ['cases.read'] },
  { route: 'dashboard', label: 'Dashboard', anyOf: ['stats.force', 'stats.national'] },
  { route: 'policy', label: 'Policy', anyOf: ['policy.write'] },
];

/** The entries these roles see. */
export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV.filter((n) => n.anyOf.some((a) => can(roles, a)));
}

/** May these roles open this page? (Detail pages follow their list page.) */
export function mayOpen(roles: readonly Role[], route: RouteName): boolean {
  if (route === 'sign-in' || route === 'home' || route === 'not-found') return true;
  const list = route === 'account' ? 'accounts' : route === 'case' ? 'cases' : route;
  return navFor(roles).some((n) => n.route === list);
}

/** Where a user lands after signing in: the first page their roles allow. */
export function landingFor(roles: readonly Role[]): NavItem['route'] | null {
  return navFor(roles)[0]?.route ?? null;
}
