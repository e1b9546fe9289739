/** The Store over Kysely: the same code for SQLite and PostgreSQL. */
import { AsyncLocalStorage } from 'node:async_hooks';
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
import { reportRepo } from '../../reports/source.js';

function repos(db: Kysely<Database>): Repos {
  return {
    forces: forceRepo(db), policies: policyRepo(db), people: peopleRepo(db), users: userRepo(db),
    sessions: sessionRepo(db), apiTokens: apiTokenRepo(db), oneTimeTokens: oneTimeTokenRepo(db),
    accounts: accountRepo(db), training: trainingRepo(db), drafts: draftRepo(db), posts: postRepo(db),
    findings: findingRepo(db), cases: caseRepo(db), tasks: taskRepo(db), audit: auditRepo(db), reports: reportRepo(db),
  };
}

/** Thrown when code inside a transaction uses the store instead of the transaction. */
export class OutsideTransactionError extends Error {
  constructor(repo: string, method: string) {
    super(`store.${repo}.${method} was called inside a transaction; use the transaction's repositories.`);
    this.name = 'OutsideTransactionError';
  }
}

/**
 * Guard the top-level repositories: a query on them from inside a transaction
 * would wait for the connection the transaction holds (SQLite has one) and
 * hang, or read outside the transaction's snapshot (PostgreSQL). Fail fast instead.
 */
function guarded(base: Repos, inTx: AsyncLocalStorage<true>): Repos {
  const out: Record<string, unknown> = {};
  for (const [name, repo] of Object.entries(base) as Array<[string, Record<string, (...a: unknown[]) => unknown>]>) {
    const wrapped: Record<string, (...a: unknown[]) => unknown> = {};
    for (const [m, fn] of Object.entries(repo)) {
      wrapped[m] = (...args: unknown[]) => {
        if (inTx.getStore()) throw new OutsideTransactionError(name, m);
        return fn(...args);
      };
    }
    out[name] = wrapped;
  }
  return out as unknown as Repos;
}

/** Wrap an open database as a Store. */
export function createSqlStore(handle: DatabaseHandle): Store {
  const inTx = new AsyncLocalStorage<true>();
  const base = guarded(repos(handle.db), inTx);
  const store: Store = {
    ...base,
    dialect: handle.dialect,
    transaction: (fn) => {
      if (inTx.getStore()) return Promise.reject(new OutsideTransactionError('transaction', 'nested'));
      return handle.db.transaction().execute((trx) => inTx.run(true, () => fn(repos(trx))));
    },
    close: () => handle.close(),
  };
  // An audit append outside a transaction would release the head lock between its statements.
  store.audit = { ...base.audit, append: (e) => store.transaction((tx) => tx.audit.append(e)) };
  return store;
}
