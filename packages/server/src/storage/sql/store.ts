/** The Store over Kysely: the same code for SQLite and PostgreSQL. */
import type { Kysely } from 'kysely';
import type { DatabaseHandle } from '../open.js';
import type { Database } from '../schema.js';
import type { Repos, Store } from '../store.js';
import { accountRepo, trainingRepo } from './repos-accounts.js';
import { draftRepo, findingRepo, postRepo } from './repos-content.js';
import {
  apiTokenRepo, forceRepo, oneTimeTokenRepo, peopleRepo, policyRepo, sessionRepo, userRepo,
} from './repos-register.js';
import { auditRepo, caseRepo, taskRepo } from './repos-work.js';

function repos(db: Kysely<Database>): Repos {
  return {
    forces: forceRepo(db), policies: policyRepo(db), people: peopleRepo(db), users: userRepo(db),
    sessions: sessionRepo(db), apiTokens: apiTokenRepo(db), oneTimeTokens: oneTimeTokenRepo(db),
    accounts: accountRepo(db), training: trainingRepo(db), drafts: draftRepo(db), posts: postRepo(db),
    findings: findingRepo(db), cases: caseRepo(db), tasks: taskRepo(db), audit: auditRepo(db),
  };
}

/** Wrap an open database as a Store. */
export function createSqlStore(handle: DatabaseHandle): Store {
  const base = repos(handle.db);
  const store: Store = {
    ...base,
    dialect: handle.dialect,
    transaction: (fn) => handle.db.transaction().execute((trx) => fn(repos(trx))),
    close: () => handle.close(),
  };
  // An audit append outside a transaction would release the head lock between its statements.
  store.audit = { ...base.audit, append: (e) => store.transaction((tx) => tx.audit.append(e)) };
  return store;
}
