/**
 * R1/R2 removal tasks: raised when a found/arrested update is stored, listing
 * every earlier appeal about the person on every account of the force;
 * idempotent; resolved item by item with reasons in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPost } from '../domain/posts.js';
import type { Account } from '../domain/model.js';
import { ingestPosts } from '../platforms/ingest.js';
import { connectorWorld, type ConnectorWorld } from '../platforms/testing.js';
import { testTargets } from '../storage/testing.js';
import { deleteAppeal, listRemovalTasks, resolveAppeal } from './actions.js';
import { personNames, raiseRemovalTasks, sameName, sweepRetention, UNNAMED_MAX_APPEALS } from './tasks.js';

describe('name matching', () => {
  it('matches a first name to a full name, not the other way round', () => {
    expect(sameName(['amy'], ['amy', 'walker'])).toBe(true);
    expect(sameName(['amy', 'walker'], ['amy', 'walker'])).toBe(true);
    expect(sameName(['amy', 'walker'], ['amy'])).toBe(false);
    expect(sameName(['amy'], ['jordan', 'hughes'])).toBe(false);
  });
  it('reads names from PERSON entities', () => {
    const text = 'Have you seen Amy Walker?';
    expect(personNames(text, { entities: [{ type: 'PERSON', start: 14, end: 24, confidence: 1 }, { type: 'LOCATION', start: 0, end: 4, confidence: 1 }] })).toEqual([['amy', 'walker']]);
  });
});

for (const target of testTargets()) {
  describe(`removal tasks on ${target.name}`, () => {
    let w: ConnectorWorld;
    let n = 0;
    beforeAll(async () => {
      if (target.unavailable) throw new Error(target.unavailable);
      w = await connectorWorld(target);
    });
    afterAll(async () => w?.cleanup());

    const post = async (account: Account, text: string, publishedAt: string) => {
      const r = await ingestPosts(w.cenv, account, [{ externalId: `ext-${++n}`, text, publishedAt, url: null }], { actorId: null, auditAction: 'test.ingest' });
      return r.stored[0]!.postId;
    };
    const openTasks = () => listRemovalTasks(w.cenv, w.a.desk.actor, { status: 'open' });

    it('lists every earlier appeal about the person, on every account, when they are found', async () => {
      const a1 = await post(w.a.account, 'Have you seen Amy Walker, 14, who is missing from Corby? Call 101.', '2025-01-10T09:00:00.000Z');
      const a2 = await post(w.a.monitored, 'Missing: Amy Walker, last seen in Corby on Friday. Please share.', '2025-01-11T09:00:00.000Z');
      await post(w.a.monitored, 'Have you seen Jordan Hughes, 15, who is missing from Brackley?', '2025-01-12T09:00:00.000Z');
      await post(w.b.account, 'Have you seen Amy Walker, 14, who is missing from Corby? Call 101.', '2025-01-10T09:00:00.000Z');
      const found = await post(w.a.monitored, 'Amy has been found safe and well. Thank you for sharing our appeal.', '2025-01-13T09:00:00.000Z');
      const tasks = await openTasks();
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({ rule: 'R1', triggerPostId: found, subject: 'amy' });
      expect(tasks[0]!.items.map((i) => i.postId).sort()).toEqual([a1, a2].sort());
      expect(tasks[0]!.items.every((i) => !i.deletable)).toBe(true);
      // Raising again (a retry, or the sweep) adds nothing.
      expect(await raiseRemovalTasks(w.cenv, w.a.force.id, found)).toEqual([]);
      expect(await sweepRetention(w.cenv, '2000-01-01T00:00:00.000Z')).toBe(0);
      expect(await listRemovalTasks(w.cenv, w.b.desk.actor)).toEqual([]);
      const general = await w.env.store.tasks.list(w.a.force.id, { limit: 50 }, { status: 'open' });
      expect(general.items.some((t) => t.subjectType === 'removal_task' && t.subjectId === tasks[0]!.id)).toBe(true);
    });

    it('closes the task once every item is removed or kept, logging each reason', async () => {
      const [task] = await openTasks();
      const [first, second] = task!.items;
      await expect(deleteAppeal(w.cenv, w.a.desk.actor, first!.id, 'found')).rejects.toThrow(/cannot delete this post itself/);
      await expect(resolveAppeal(w.cenv, w.b.desk.actor, first!.id, { outcome: 'removed', reason: 'x' })).rejects.toThrow(/not found/);
      await expect(resolveAppeal(w.cenv, w.a.officer.actor, first!.id, { outcome: 'removed', reason: 'x' })).rejects.toThrow();
      await resolveAppeal(w.cenv, w.a.desk.actor, first!.id, { outcome: 'removed', reason: 'Deleted on X by hand: Amy found' });
      expect(await openTasks()).toHaveLength(1);
      await resolveAppeal(w.cenv, w.a.desk.actor, second!.id, { outcome: 'kept', reason: 'Different Amy' });
      expect(await openTasks()).toHaveLength(0);
      await expect(resolveAppeal(w.cenv, w.a.desk.actor, second!.id, { outcome: 'removed', reason: 'again' })).rejects.toThrow(/already kept/);
      const [done] = await listRemovalTasks(w.cenv, w.a.desk.actor, { status: 'done' });
      expect(done!.items.map((i) => [i.status, i.reason]).sort()).toEqual([['deleted', 'Deleted on X by hand: Amy found'], ['kept', 'Different Amy']]);
      const audit = await w.env.store.audit.list(w.a.force.id, { limit: 10 });
      expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['post.delete_manual', 'retention.keep']));
      const general = await w.env.store.tasks.list(w.a.force.id, { limit: 50 }, { status: 'done' });
      expect(general.items.some((t) => t.subjectId === done!.id)).toBe(true);
    });

    it('R2: an arrest update lists the wanted appeals; one that names nobody lists its account\'s recent appeals', async () => {
      const wanted = await post(w.b.monitored, 'Do you know Darren Wells? He is wanted in connection with a burglary in Corby.', '2025-02-01T09:00:00.000Z');
      const old = await post(w.b.monitored, 'Wanted: Gary Newman, 31, on recall to prison. Do not approach him; call 999.', '2024-06-01T09:00:00.000Z');
      await post(w.b.monitored, 'Thanks for sharing our appeal: the man wanted for the robbery has been arrested.', '2025-02-03T09:00:00.000Z');
      const tasks = await listRemovalTasks(w.cenv, w.b.desk.actor, { status: 'open' });
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({ rule: 'R2', subject: '' });
      expect(tasks[0]!.items.map((i) => i.postId)).toEqual([wanted]);
      expect(tasks[0]!.items.map((i) => i.postId)).not.toContain(old);
    });

    it('an update that names nobody lists only its account\'s most recent appeals', async () => {
      const appeals: string[] = [];
      for (let i = 0; i < UNNAMED_MAX_APPEALS + 5; i++) {
        const day = String(1 + i).padStart(2, '0');
        appeals.push(await post(w.b.account, `Wanted: Person ${i}, 30, wanted for burglary in Corby. Do not approach; call 999.`, `2025-03-${day}T09:00:00.000Z`));
      }
      await post(w.b.account, 'Thanks for sharing our appeal: the man wanted for the burglary has been arrested.', '2025-03-31T12:00:00.000Z');
      const task = (await listRemovalTasks(w.cenv, w.b.desk.actor, { status: 'open' })).find((t) => t.rule === 'R2' && t.subject === '' && t.items.some((x) => appeals.includes(x.postId)));
      expect(task!.items).toHaveLength(UNNAMED_MAX_APPEALS);
      expect(task!.items.map((x) => x.postId).sort()).toEqual(appeals.slice(-UNNAMED_MAX_APPEALS).sort());
    });

    it('the sweep raises tasks for updates recorded outside the connectors', async () => {
      await post(w.a.account, 'Wanted: Gary Newman, 31, on recall to prison. Do not approach him; call 999.', '2025-02-10T09:00:00.000Z');
      await recordPost(w.env, w.a.desk.actor, { accountId: w.a.account.id, text: 'Update: Gary Newman, who was wanted on recall to prison, has been arrested. Thanks for sharing.', publishedAt: '2025-02-11T09:00:00.000Z' });
      expect(await openTasks()).toHaveLength(0);
      expect(await sweepRetention(w.cenv, '2000-01-01T00:00:00.000Z')).toBe(1);
      const [task] = await openTasks();
      expect(task).toMatchObject({ rule: 'R2', subject: 'gary newman' });
    });

    it('an appeal recorded outside the connectors is indexed by the sweep, which adds it to the update\'s task', async () => {
      const appeal = await recordPost(w.env, w.b.desk.actor, { accountId: w.b.account.id, text: 'Have you seen Jordan Hughes, 15, who is missing from Brackley?', publishedAt: '2025-02-20T09:00:00.000Z' });
      await post(w.b.monitored, 'Update: Jordan Hughes has been found safe and well. Thank you for sharing.', '2025-02-21T09:00:00.000Z');
      const before = (await listRemovalTasks(w.cenv, w.b.desk.actor, { status: 'open' })).filter((t) => t.rule === 'R1');
      expect(before).toEqual([]);
      expect(await sweepRetention(w.cenv, '2000-01-01T00:00:00.000Z')).toBe(1);
      const [task] = (await listRemovalTasks(w.cenv, w.b.desk.actor, { status: 'open' })).filter((t) => t.rule === 'R1');
      expect(task!.items.map((x) => x.postId)).toEqual([appeal.post.id]);
      expect(await sweepRetention(w.cenv, '2000-01-01T00:00:00.000Z')).toBe(0);
    });

    it('a first name alone looks back 90 days; a full name looks back to the start', async () => {
      const old = await post(w.b.account, 'Have you seen Megan Price, 14, who is missing from Oundle?', '2024-01-01T09:00:00.000Z');
      await post(w.b.account, 'Megan has been found safe and well. Thank you for sharing our appeal.', '2025-02-22T09:00:00.000Z');
      expect((await listRemovalTasks(w.cenv, w.b.desk.actor)).some((t) => t.items.some((x) => x.postId === old))).toBe(false);
      await post(w.b.account, 'Update: Megan Price has been found safe and well. Thank you for sharing our appeal.', '2025-02-23T09:00:00.000Z');
      expect((await listRemovalTasks(w.cenv, w.b.desk.actor)).some((t) => t.items.some((x) => x.postId === old))).toBe(true);
    });
  });
}
