/** Tasks for people, and the periodic sweeps that raise or expire things. */
import { actorForce, authorize, reach, SYSTEM_ACTOR, type Actor } from '../policies/index.js';
import { audit, isoDate, newId, type Env } from './context.js';
import { conflict, notFound } from './errors.js';
import type { Page, PageRequest, Task } from './model.js';

/** Tasks within reach: all of the force's, the team's, or the actor's own. */
export async function listTasks(env: Env, actor: Actor, page: PageRequest, filter: { status?: 'open' | 'done' } = {}): Promise<Page<Task>> {
  authorize(actor, 'tasks.read');
  const forceId = actorForce(actor);
  const r = reach(actor, 'tasks.read');
  if (r === 'force') return env.store.tasks.list(forceId, page, filter);
  if (actor.personId === null) return { items: [], nextCursor: null };
  const ids = [actor.personId];
  if (r === 'team') {
    const team = await env.store.people.list(forceId, { limit: 200 }, { supervisorId: actor.personId });
    ids.push(...team.items.map((p) => p.id));
  }
  return env.store.tasks.list(forceId, page, { ...filter, assigneePersonIds: ids });
}

/** Mark a task done. */
export async function completeTask(env: Env, actor: Actor, id: string): Promise<Task> {
  authorize(actor, 'tasks.complete');
  const forceId = actorForce(actor);
  const t = await env.store.tasks.get(forceId, id);
  if (!t) throw notFound('Task');
  const r = reach(actor, 'tasks.complete');
  if (r !== 'force' && t.assigneePersonId !== actor.personId) throw notFound('Task');
  await env.store.transaction(async (tx) => {
    if (!(await tx.tasks.complete(forceId, id, actor.userId, env.now().toISOString()))) throw conflict('This task is already done.');
    await audit(tx, env, actor, forceId, 'task.complete', { type: 'task', id }, { kind: t.kind });
  });
  return (await env.store.tasks.get(forceId, id)) as Task;
}

/** What a sweep did. */
export interface SweepResult {
  trainingTasks: number;
  expiredApprovals: number;
}

/**
 * Raise a task for the supervisor of everyone whose training has lapsed, and
 * expire approvals that were not used in time. Safe to run from several
 * processes at once: tasks are de-duplicated and expiry is compare-and-set.
 */
export async function runSweeps(env: Env): Promise<SweepResult> {
  const now = env.now();
  const result: SweepResult = { trainingTasks: 0, expiredApprovals: 0 };
  for (const lapse of await env.store.training.lapsed(isoDate(now))) {
    const person = await env.store.people.get(lapse.forceId, lapse.personId);
    await env.store.transaction(async (tx) => {
      const created = await tx.tasks.create({
        id: newId(), forceId: lapse.forceId, kind: 'training_expired', assigneePersonId: person?.supervisorId ?? null,
        subjectType: 'person', subjectId: lapse.personId, dedupeKey: `training:${lapse.personId}:${lapse.expiredOn}`,
        status: 'open', createdAt: now.toISOString(), doneAt: null, doneBy: null,
      });
      if (created) {
        result.trainingTasks++;
        await audit(tx, env, SYSTEM_ACTOR, lapse.forceId, 'task.raise', { type: 'person', id: lapse.personId }, { kind: 'training_expired', expiredOn: lapse.expiredOn });
      }
    });
  }
  for (const d of await env.store.drafts.approvalsExpiredBefore(now.toISOString(), 500)) {
    await env.store.transaction(async (tx) => {
      if (await tx.drafts.transition(d.forceId, d.id, { status: 'approved', version: d.version }, { status: 'expired', updatedAt: now.toISOString() })) {
        result.expiredApprovals++;
        await audit(tx, env, SYSTEM_ACTOR, d.forceId, 'draft.expire', { type: 'draft', id: d.id });
      }
    });
  }
  return result;
}
