/**
 * The permission matrix: which roles may attempt which action. Whether the
 * action then applies to a given record (own, team, force) is decided by the
 * scope functions in index.ts. Everything authorization-related lives here.
 */
import type { Role, TokenScope } from '../domain/model.js';

/** Every action a route can perform. */
export const ACTIONS = [
  'check',
  'session.read',
  'forces.list', 'forces.create', 'forces.configure',
  'policy.read', 'policy.write',
  'people.read', 'people.manage',
  'users.read', 'users.manage',
  'tokens.own',
  'accounts.read', 'accounts.apply', 'accounts.manage',
  'training.read', 'training.record',
  'drafts.read', 'drafts.write', 'drafts.decide', 'drafts.publish',
  'posts.read', 'posts.write',
  'findings.read', 'findings.review',
  'stats.force', 'stats.national',
  'cases.read', 'cases.manage', 'cases.notes',
  'tasks.read', 'tasks.complete',
  'audit.read', 'audit.verify',
] as const;
export type Action = (typeof ACTIONS)[number];

const OFFICER: Action[] = [
  'check', 'session.read', 'policy.read', 'people.read', 'tokens.own', 'accounts.read', 'accounts.apply',
  'training.read', 'drafts.read', 'drafts.write', 'drafts.publish', 'posts.read', 'posts.write', 'tasks.read', 'tasks.complete',
];

/** Role → permitted actions. */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly Action[]>> = {
  officer: OFFICER,
  supervisor: [...OFFICER, 'drafts.decide', 'training.record', 'findings.read'],
  digital_desk: [...OFFICER, 'accounts.manage', 'drafts.decide', 'findings.read', 'findings.review', 'policy.write',
    'training.record', 'stats.force'],
  professional_standards: ['check', 'session.read', 'tokens.own', 'policy.read', 'people.read', 'accounts.read',
    'training.read', 'drafts.read', 'posts.read', 'findings.read', 'stats.force', 'cases.read', 'cases.manage',
    'cases.notes', 'tasks.read', 'tasks.complete'],
  force_admin: ['check', 'session.read', 'tokens.own', 'forces.list', 'forces.configure', 'policy.read', 'policy.write',
    'people.read', 'people.manage', 'users.read', 'users.manage', 'accounts.read', 'accounts.apply', 'accounts.manage', 'training.read',
    'training.record', 'drafts.read', 'posts.read', 'findings.read', 'stats.force', 'cases.read', 'tasks.read',
    'tasks.complete', 'audit.read'],
  // Inspectors see aggregates across forces and nothing that names a person.
  inspector: ['check', 'session.read', 'tokens.own', 'forces.list', 'stats.national'],
  system_admin: ['check', 'session.read', 'tokens.own', 'forces.list', 'forces.create', 'forces.configure', 'users.read',
    'users.manage', 'stats.national', 'audit.read', 'audit.verify'],
};

/** What an API token scope lets a token do (intersected with its user's roles). */
export const SCOPE_ACTIONS: Readonly<Record<TokenScope, readonly Action[]>> = {
  check: ['check', 'session.read'],
  read: ['session.read', 'policy.read', 'people.read', 'accounts.read', 'training.read', 'drafts.read', 'posts.read',
    'findings.read', 'stats.force', 'stats.national', 'tasks.read', 'forces.list'],
  'posts:write': ['posts.write'],
  'drafts:write': ['drafts.write'],
};

/** Roles that only a system administrator may grant. */
export const SYSTEM_ROLES: readonly Role[] = ['system_admin', 'inspector'];

/** Roles whose holders work across forces (they have no force of their own). */
export const CROSS_FORCE_ROLES: readonly Role[] = ['system_admin', 'inspector'];
