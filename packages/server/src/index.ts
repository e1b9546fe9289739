/**
 * @peel/server: storage, domain, HTTP API and entry points. The CLI's
 * server commands (serve, db, admin, audit, backup, demo) use these.
 */
export { openStore, openDatabase, migrate, isPostgresUrl, redactUrl, type OpenedStore, type OpenOptions } from './storage/index.js';
export type { Store } from './storage/store.js';
export { createEnv } from './env.js';
export { buildApp } from './http/app.js';
export { startServer, optionsFromEnv, type ServerOptions, type RunningServer } from './server.js';
export { verifyAuditLog } from './domain/audit.js';
export type { VerifyResult } from './domain/audit-chain.js';
export { createUser, type PublicUser } from './domain/users.js';
export { ROLES, type Role } from './domain/model.js';
export { DomainError } from './domain/errors.js';
export { SYSTEM_ACTOR } from './policies/index.js';
export { loadDemo, DEMO_FORCE_CODE, type DemoResult } from './demo/load.js';
export { backupSqlite, defaultBackupName, postgresBackupAdvice } from './ops/backup.js';
export { randomSecret } from './auth/secrets.js';
