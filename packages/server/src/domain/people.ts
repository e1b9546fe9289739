/** People (officers and staff) and their training records. */
import {
  actorForce, authorize, reach, reachesPerson, requireReach, type Actor,
} from '../policies/index.js';
import { isUniqueViolation } from '../storage/index.js';
import { audit, isoDate, newId, type Env } from './context.js';
import { conflict, forbidden, invalid, notFound } from './errors.js';
import type { Page, PageRequest, Person, Rank, TrainingRecord } from './model.js';

/** Fields for a new person. */
export interface PersonInput {
  name: string;
  number: string;
  rank: Rank;
  team?: string | null;
  supervisorId?: string | null;
}

async function checkSupervisor(env: Env, forceId: string, personId: string | null, supervisorId: string | null | undefined): Promise<void> {
  if (supervisorId === undefined || supervisorId === null) return;
  if (supervisorId === personId) throw invalid('A person cannot supervise themselves.');
  if (!(await env.store.people.get(forceId, supervisorId))) throw invalid('The supervisor is not a person in this force.');
}

/** Add a person to the actor's force. */
export async function createPerson(env: Env, actor: Actor, input: PersonInput): Promise<Person> {
  authorize(actor, 'people.manage');
  const forceId = actorForce(actor);
  await checkSupervisor(env, forceId, null, input.supervisorId);
  const now = env.now().toISOString();
  const person: Person = {
    id: newId(), forceId, name: input.name, number: input.number, rank: input.rank, team: input.team ?? null,
    supervisorId: input.supervisorId ?? null, createdAt: now, updatedAt: now,
  };
  try {
    await env.store.transaction(async (tx) => {
      await tx.people.create(person);
      await audit(tx, env, actor, forceId, 'person.create', { type: 'person', id: person.id }, { rank: person.rank, team: person.team });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('Someone in this force already has that collar or staff number.');
    throw e;
  }
  return person;
}

/** Change a person's details. */
export async function updatePerson(env: Env, actor: Actor, id: string, patch: Partial<PersonInput>): Promise<Person> {
  authorize(actor, 'people.manage');
  const forceId = actorForce(actor);
  const before = await env.store.people.get(forceId, id);
  if (!before) throw notFound('Person');
  await checkSupervisor(env, forceId, id, patch.supervisorId);
  try {
    await env.store.transaction(async (tx) => {
      await tx.people.update(forceId, id, { ...patch, updatedAt: env.now().toISOString() });
      await audit(tx, env, actor, forceId, 'person.update', { type: 'person', id }, { fields: Object.keys(patch).sort() });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('Someone in this force already has that collar or staff number.');
    throw e;
  }
  return (await env.store.people.get(forceId, id)) as Person;
}

/** One person, if within the actor's reach. */
export async function getPerson(env: Env, actor: Actor, id: string): Promise<Person> {
  authorize(actor, 'people.read');
  const forceId = actorForce(actor);
  const p = await env.store.people.get(forceId, id);
  if (!p) throw notFound('Person');
  requireReach(reachesPerson(actor, 'people.read', p), actor, p.forceId, 'Person');
  return p;
}

/** People within reach: the force, the actor's team, or just themselves. */
export async function listPeople(env: Env, actor: Actor, page: PageRequest, filter: { team?: string } = {}): Promise<Page<Person>> {
  authorize(actor, 'people.read');
  const forceId = actorForce(actor);
  const r = reach(actor, 'people.read');
  if (r === 'force') return env.store.people.list(forceId, page, filter);
  if (r === 'team') {
    // Team reach: filter the force list by the same rule reachesPerson uses (teams are small).
    const all = await env.store.people.list(forceId, { limit: 200, cursor: page.cursor }, filter);
    return { items: all.items.filter((p) => reachesPerson(actor, 'people.read', p)), nextCursor: all.nextCursor };
  }
  const self = actor.personId ? await env.store.people.get(forceId, actor.personId) : undefined;
  return { items: self ? [self] : [], nextCursor: null };
}

/** Record a completed course. */
export async function recordTraining(
  env: Env, actor: Actor, input: { personId: string; course: string; completedOn: string; expiresOn?: string | null },
): Promise<TrainingRecord> {
  authorize(actor, 'training.record');
  const forceId = actorForce(actor);
  const person = await env.store.people.get(forceId, input.personId);
  if (!person) throw notFound('Person');
  requireReach(reachesPerson(actor, 'training.record', person), actor, forceId, 'Person');
  if (person.id === actor.personId) throw forbidden('Someone else must record your training.');
  if (input.expiresOn && input.expiresOn < input.completedOn) throw invalid('Training cannot expire before it was completed.');
  if (input.completedOn > isoDate(env.now())) throw invalid('Training cannot be completed in the future.');
  const rec: TrainingRecord = {
    id: newId(), forceId, personId: person.id, course: input.course, completedOn: input.completedOn,
    expiresOn: input.expiresOn ?? null, recordedBy: actor.userId, createdAt: env.now().toISOString(),
  };
  await env.store.transaction(async (tx) => {
    await tx.training.add(rec);
    await audit(tx, env, actor, forceId, 'training.record', { type: 'person', id: person.id }, { course: rec.course, completedOn: rec.completedOn, expiresOn: rec.expiresOn });
  });
  return rec;
}

/** A person's training, if within reach. */
export async function listTraining(env: Env, actor: Actor, personId: string): Promise<TrainingRecord[]> {
  authorize(actor, 'training.read');
  const forceId = actorForce(actor);
  const person = await env.store.people.get(forceId, personId);
  if (!person) throw notFound('Person');
  requireReach(reachesPerson(actor, 'training.read', person), actor, forceId, 'Person');
  return env.store.training.listForPerson(forceId, personId);
}
