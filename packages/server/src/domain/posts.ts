/** Published posts, their findings, the review queue and per-rule counts. */
import type { Report } from '@peel/engine';
import {
  actorForce, authorize, reach, reachesAccount, requireReach, type Actor,
} from '../policies/index.js';
import type { Repos } from '../storage/store.js';
import { checkForForce } from './checker.js';
import { audit, newId, type Env } from './context.js';
import { conflict, invalid, notFound } from './errors.js';
import { ACTIVE_STATUSES } from './lifecycle.js';
import type {
  Account, DismissReason, FindingStatus, Page, PageRequest, PostSource, PublishedPost, RuleReviewCount, StoredFinding,
} from './model.js';

/** What is known about a post when it is recorded. */
export interface PublishedInput {
  text: string;
  source: PostSource;
  publishedAt: string;
  externalUrl?: string | null;
  draftId?: string | null;
}

/**
 * Check a post before it is stored. Runs outside any transaction: the policy
 * cache may read the database, and a read on another connection while a
 * transaction holds SQLite's only one would wait for ever.
 */
export function checkPublished(env: Env, account: Account, input: PublishedInput): Promise<Report> {
  return checkForForce(env.policies, account.forceId, {
    text: input.text, platform: account.platform, accountKind: account.kind, date: input.publishedAt,
  });
}

/** Store a checked post with its findings, inside the caller's transaction. */
export async function storePublishedPost(
  tx: Repos, env: Env, actor: Actor, account: Account, input: PublishedInput, report: Report,
): Promise<{ post: PublishedPost; findings: StoredFinding[] }> {
  const now = env.now().toISOString();
  const post: PublishedPost = {
    id: newId(), forceId: account.forceId, accountId: account.id, draftId: input.draftId ?? null, text: input.text,
    source: input.source, externalUrl: input.externalUrl ?? null, publishedAt: input.publishedAt, verdict: report.verdict,
    report, engineVersion: report.engineVersion, policyVersion: report.policyVersion, createdBy: actor.userId, createdAt: now,
  };
  const findings: StoredFinding[] = report.findings.map((f) => ({
    id: newId(), forceId: account.forceId, postId: post.id, rule: f.rule, severity: f.severity, messageId: f.messageId,
    message: f.message, confidence: f.confidence, ranges: f.ranges.map((r) => ({ start: r.start, end: r.end })),
    status: 'open', reviewReason: null, reviewedBy: null, reviewedAt: null, caseId: null, createdAt: now,
  }));
  // S3 is about the account, not the text: a post that went out from an inactive account is itself a finding.
  if (!ACTIVE_STATUSES.includes(account.status)) {
    findings.push({
      id: newId(), forceId: account.forceId, postId: post.id, rule: 'S3', severity: 'block', messageId: 'inactive-account',
      message: `This was published from an account that is ${account.status}.`, confidence: 1, ranges: [],
      status: 'open', reviewReason: null, reviewedBy: null, reviewedAt: null, caseId: null, createdAt: now,
    });
    post.verdict = 'block';
  }
  await tx.posts.create(post);
  await tx.findings.createMany(findings);
  await audit(tx, env, actor, account.forceId, 'post.record', { type: 'post', id: post.id }, {
    accountId: account.id, source: post.source, verdict: post.verdict, rules: findings.map((f) => f.rule),
  });
  return { post, findings };
}

/** The account, if the actor may read or write posts for it (404 other force, 403 out of reach). */
export async function accountInReach(env: Env, actor: Actor, accountId: string, action: 'posts.read' | 'posts.write'): Promise<Account> {
  const forceId = actorForce(actor);
  const account = await env.store.accounts.get(forceId, accountId);
  if (!account) throw notFound('Account');
  const isOperator = actor.personId !== null && (await env.store.accounts.isOperator(forceId, accountId, actor.personId));
  requireReach(reachesAccount(actor, action, { forceId, team: account.team, isOperator }), actor, forceId, 'Account');
  return account;
}

/** Record a post that was published outside Peel (entered by hand or imported). */
export async function recordPost(
  env: Env, actor: Actor,
  input: { accountId: string; text: string; publishedAt: string; source?: 'entered' | 'imported'; externalUrl?: string | null },
): Promise<{ post: PublishedPost; findings: StoredFinding[] }> {
  authorize(actor, 'posts.write');
  const account = await accountInReach(env, actor, input.accountId, 'posts.write');
  if (Number.isNaN(Date.parse(input.publishedAt))) throw invalid('publishedAt must be an ISO 8601 date-time.');
  const published: PublishedInput = { ...input, source: input.source ?? 'entered' };
  const report = await checkPublished(env, account, published);
  return env.store.transaction((tx) => storePublishedPost(tx, env, actor, account, published, report));
}

async function getPostForFindings(env: Env, actor: Actor, postId: string): Promise<void> {
  const post = await env.store.posts.get(actorForce(actor), postId);
  if (!post) throw notFound('Post');
  if (reach(actor, 'findings.read') !== 'force') await accountInReach(env, actor, post.accountId, 'posts.read');
}

/** One post with its findings. */
export async function getPost(env: Env, actor: Actor, id: string): Promise<{ post: PublishedPost; findings: StoredFinding[] }> {
  authorize(actor, 'posts.read');
  const forceId = actorForce(actor);
  const post = await env.store.posts.get(forceId, id);
  if (!post) throw notFound('Post');
  await accountInReach(env, actor, post.accountId, 'posts.read');
  const findings = await env.store.findings.list(forceId, { limit: 200 }, { postId: id });
  return { post, findings: findings.items };
}

/** Posts within reach (force-wide, or those of one account the actor may see). */
export async function listPosts(env: Env, actor: Actor, page: PageRequest, filter: { accountId?: string } = {}): Promise<Page<PublishedPost>> {
  authorize(actor, 'posts.read');
  const forceId = actorForce(actor);
  if (filter.accountId !== undefined) {
    await accountInReach(env, actor, filter.accountId, 'posts.read');
    return env.store.posts.list(forceId, page, filter);
  }
  if (reach(actor, 'posts.read') !== 'force') throw invalid('Choose an account: accountId is required for your role.');
  return env.store.posts.list(forceId, page);
}

/** The review queue and other finding lists (force-wide roles only). */
export async function listFindings(
  env: Env, actor: Actor, page: PageRequest, filter: { status?: FindingStatus; rule?: string; postId?: string } = {},
): Promise<Page<StoredFinding>> {
  authorize(actor, 'findings.read');
  const forceId = actorForce(actor);
  if (filter.postId === undefined && reach(actor, 'findings.read') !== 'force') throw invalid('Choose a post: postId is required for your role.');
  // Checks the post exists in this force and is within reach (404 for another force's post).
  if (filter.postId !== undefined) await getPostForFindings(env, actor, filter.postId);
  return env.store.findings.list(forceId, page, filter);
}

/** Confirm a finding, or dismiss it as a false alarm with a reason. */
export async function reviewFinding(
  env: Env, actor: Actor, id: string,
  input: { outcome: 'confirm' | 'dismiss'; reason?: DismissReason; note?: string },
): Promise<StoredFinding> {
  authorize(actor, 'findings.review');
  const forceId = actorForce(actor);
  const f = await env.store.findings.get(forceId, id);
  if (!f) throw notFound('Finding');
  if (input.outcome === 'dismiss' && !input.reason) throw invalid('Dismissing a finding needs a reason.');
  const status = input.outcome === 'confirm' ? 'confirmed' : 'dismissed';
  const reason = input.outcome === 'dismiss' ? (input.note ? `${input.reason}: ${input.note}` : input.reason ?? null) : input.note ?? null;
  await env.store.transaction(async (tx) => {
    if (!(await tx.findings.review(forceId, id, status, reason, actor.userId ?? 'system', env.now().toISOString()))) {
      throw conflict('This finding has already been reviewed.');
    }
    await audit(tx, env, actor, forceId, `finding.${input.outcome}`, { type: 'finding', id }, { rule: f.rule, reason: input.reason ?? null });
  });
  return (await env.store.findings.get(forceId, id)) as StoredFinding;
}

/** Per-rule open/confirmed/dismissed counts for the actor's force (to tune the policy). */
export async function ruleStats(env: Env, actor: Actor): Promise<RuleReviewCount[]> {
  authorize(actor, 'stats.force');
  return env.store.findings.ruleCounts(actorForce(actor));
}

/** Aggregates across forces for inspectors: counts only, no names, no text. */
export async function nationalStats(env: Env, actor: Actor): Promise<{
  forces: number; accountsByStatus: Record<string, number>; rules: RuleReviewCount[]; caseOutcomes: Record<string, number>;
}> {
  authorize(actor, 'stats.national');
  const [forces, accountsByStatus, rules, caseOutcomes] = await Promise.all([
    env.store.forces.list(), env.store.accounts.countByStatus(null), env.store.findings.ruleCounts(null),
    env.store.cases.countByOutcome(null),
  ]);
  return { forces: forces.length, accountsByStatus, rules, caseOutcomes };
}
