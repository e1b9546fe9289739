/**
 * Cases group findings about a person or an account and end in a
 * proportionate outcome. Account outcomes change the account in the same
 * transaction; notes are for professional standards only.
 */
import { actorForce, authorize, canReadCaseNotes, type Actor } from '../policies/index.js';
import { applyTransition } from './accounts.js';
import { audit, newId, type Env } from './context.js';
import { conflict, forbidden, invalid, notFound } from './errors.js';
import type { Case, CaseNote, CaseOutcome, Page, PageRequest, StoredFinding } from './model.js';

/** Open a case about a person or an account, attaching findings. */
export async function openCase(
  env: Env, actor: Actor,
  input: { subjectPersonId?: string | null; subjectAccountId?: string | null; summary: string; findingIds?: string[] },
): Promise<Case> {
  authorize(actor, 'cases.manage');
  const forceId = actorForce(actor);
  if (!input.subjectPersonId && !input.subjectAccountId) throw invalid('A case is about a person or an account.');
  if (input.subjectPersonId && !(await env.store.people.get(forceId, input.subjectPersonId))) throw notFound('Person');
  if (input.subjectAccountId && !(await env.store.accounts.get(forceId, input.subjectAccountId))) throw notFound('Account');
  const ids = [...new Set(input.findingIds ?? [])];
  const c: Case = {
    id: newId(), forceId, subjectPersonId: input.subjectPersonId ?? null, subjectAccountId: input.subjectAccountId ?? null,
    summary: input.summary, status: 'open', outcome: null, openedBy: actor.userId, openedAt: env.now().toISOString(),
    closedBy: null, closedAt: null,
  };
  await env.store.transaction(async (tx) => {
    for (const id of ids) if (!(await tx.findings.get(forceId, id))) throw notFound('Finding');
    await tx.cases.create(c);
    if ((await tx.findings.assignCase(forceId, ids, c.id)) !== ids.length) throw conflict('A finding already belongs to another case.');
    await audit(tx, env, actor, forceId, 'case.open', { type: 'case', id: c.id }, { findings: ids.length, subjectPersonId: c.subjectPersonId, subjectAccountId: c.subjectAccountId });
  });
  return c;
}

/** A case with its findings (notes are fetched separately, by professional standards only). */
export async function getCase(env: Env, actor: Actor, id: string): Promise<{ case: Case; findings: StoredFinding[] }> {
  authorize(actor, 'cases.read');
  const forceId = actorForce(actor);
  const c = await env.store.cases.get(forceId, id);
  if (!c) throw notFound('Case');
  const findings = await env.store.findings.list(forceId, { limit: 200 }, { caseId: id });
  return { case: c, findings: findings.items };
}

/** Cases of the actor's force. */
export async function listCases(env: Env, actor: Actor, page: PageRequest, filter: { status?: 'open' | 'closed' } = {}): Promise<Page<Case>> {
  authorize(actor, 'cases.read');
  return env.store.cases.list(actorForce(actor), page, filter);
}

/** Close a case with an outcome; account outcomes suspend or close the account in the same transaction. */
export async function closeCase(
  env: Env, actor: Actor, id: string,
  input: { outcome: CaseOutcome; reason?: string },
): Promise<Case> {
  authorize(actor, 'cases.manage');
  const forceId = actorForce(actor);
  const c = await env.store.cases.get(forceId, id);
  if (!c) throw notFound('Case');
  if (c.status !== 'open') throw conflict('This case is already closed.');
  const accountOutcome = input.outcome === 'account_suspended_pending_training' || input.outcome === 'account_closed';
  if (accountOutcome && !c.subjectAccountId) throw invalid('This outcome needs a case about an account.');
  const now = env.now().toISOString();
  await env.store.transaction(async (tx) => {
    if (!(await tx.cases.close(forceId, id, input.outcome, actor.userId ?? 'system', now))) throw conflict('This case is already closed.');
    if (accountOutcome && c.subjectAccountId) {
      const account = await tx.accounts.get(forceId, c.subjectAccountId);
      if (!account) throw notFound('Account');
      await applyTransition(env, actor, account, input.outcome === 'account_closed'
        ? { to: 'closed', reasonCategory: 'professional_standards', reason: input.reason ?? 'Case outcome' }
        : { to: 'suspended', reason: input.reason ?? 'Case outcome: suspended pending training', conditions: ['training'] }, tx);
    }
    if (input.outcome === 'refresher_training' && c.subjectPersonId) {
      const person = await tx.people.get(forceId, c.subjectPersonId);
      await tx.tasks.create({
        id: newId(), forceId, kind: 'other', assigneePersonId: person?.supervisorId ?? null, subjectType: 'person',
        subjectId: c.subjectPersonId, dedupeKey: `refresher:${id}`, status: 'open', createdAt: now, doneAt: null, doneBy: null,
      });
    }
    await audit(tx, env, actor, forceId, 'case.close', { type: 'case', id }, { outcome: input.outcome });
  });
  return (await env.store.cases.get(forceId, id)) as Case;
}

/** Add a note (professional standards only). */
export async function addCaseNote(env: Env, actor: Actor, caseId: string, body: string): Promise<CaseNote> {
  authorize(actor, 'cases.notes');
  const forceId = actorForce(actor);
  if (!(await env.store.cases.get(forceId, caseId))) throw notFound('Case');
  const note: CaseNote = { id: newId(), caseId, forceId, authorId: actor.userId, body, createdAt: env.now().toISOString() };
  await env.store.transaction(async (tx) => {
    await tx.cases.addNote(note);
    await audit(tx, env, actor, forceId, 'case.note', { type: 'case', id: caseId }, { noteId: note.id });
  });
  return note;
}

/** Notes of a case (professional standards only). */
export async function listCaseNotes(env: Env, actor: Actor, caseId: string): Promise<CaseNote[]> {
  if (!canReadCaseNotes(actor)) throw forbidden('Case notes are visible only to professional standards.');
  const forceId = actorForce(actor);
  if (!(await env.store.cases.get(forceId, caseId))) throw notFound('Case');
  return env.store.cases.notes(forceId, caseId);
}
