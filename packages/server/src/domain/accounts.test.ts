import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from '../storage/testing.js';
import { applyForAccount, getAccount, listAccounts, setOperator, transitionAccount } from './accounts.js';
import { recordTraining } from './people.js';
import { createWorld, type World } from './testing.js';

const sqlite = testTargets()[0];

describe('accounts', () => {
  let w: World;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const o = await sqlite.open();
    cleanup = o.cleanup;
    w = await createWorld(o.store);
  });
  afterAll(() => cleanup());

  it('officers apply only for their own individual account', async () => {
    const { officer } = w.a;
    await expect(applyForAccount(w.env, officer.actor, { platform: 'bluesky', handle: '@team', kind: 'team' })).rejects.toMatchObject({ code: 'forbidden' });
    const acc = await applyForAccount(w.env, officer.actor, { platform: 'bluesky', handle: '@pat.bsky', kind: 'individual', trustTier: 'monitored', operatorPersonIds: [w.a.officer2.person!.id] });
    const { operators, account } = await getAccount(w.env, officer.actor, acc.id);
    expect(operators.map((o) => o.personId)).toEqual([officer.person!.id]);
    expect([account.status, account.trustTier]).toEqual(['applied', 'pre_approval']);
  });

  it('accreditation needs every operator to hold current training', async () => {
    const { desk, officer2 } = w.a;
    const acc = await applyForAccount(w.env, desk.actor, { platform: 'mastodon', handle: '@kim', kind: 'individual', operatorPersonIds: [] });
    await expect(transitionAccount(w.env, desk.actor, acc.id, { to: 'accredited' })).rejects.toMatchObject({ code: 'invalid', message: /at least one operator/ });
    await setOperator(w.env, desk.actor, acc.id, officer2.person!.id, true);
    w.setNow('2026-07-01T09:00:00.000Z');
    await expect(transitionAccount(w.env, desk.actor, acc.id, { to: 'accredited' })).rejects.toMatchObject({ code: 'invalid', details: { untrainedPersonIds: [officer2.person!.id] } });
    await recordTraining(w.env, desk.actor, { personId: officer2.person!.id, course: 'Social media', completedOn: '2026-06-30', expiresOn: '2027-06-30' });
    const ok = await transitionAccount(w.env, desk.actor, acc.id, { to: 'accredited' });
    expect(ok.status).toBe('accredited');
    w.setNow('2025-03-01T09:00:00.000Z');
  });

  it('records who, when and why for each transition, and refuses stale versions', async () => {
    const { desk, monitored } = w.a;
    const susp = await transitionAccount(w.env, desk.actor, monitored.id, { to: 'suspended', reason: 'Training lapsed', conditions: ['training'], expectedVersion: monitored.version });
    await expect(transitionAccount(w.env, desk.actor, monitored.id, { to: 'closed', reasonCategory: 'leaver', expectedVersion: monitored.version })).rejects.toMatchObject({ code: 'conflict' });
    const back = await transitionAccount(w.env, desk.actor, monitored.id, { to: 'reinstated', expectedVersion: susp.version });
    expect(back.status).toBe('reinstated');
    const { events } = await getAccount(w.env, desk.actor, monitored.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId === desk.user.id || e.actorId === null])).toEqual([
      [null, 'applied', true], ['applied', 'accredited', true], ['accredited', 'suspended', true], ['suspended', 'reinstated', true],
    ]);
    expect(events[2]).toMatchObject({ reason: 'Training lapsed', conditions: ['training'], actorId: desk.user.id });
  });

  it('officers cannot manage accounts; another force sees nothing', async () => {
    await expect(transitionAccount(w.env, w.a.officer.actor, w.a.account.id, { to: 'suspended', reason: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getAccount(w.env, w.b.desk.actor, w.a.account.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(transitionAccount(w.env, w.b.desk.actor, w.a.account.id, { to: 'suspended', reason: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    const mine = await listAccounts(w.env, w.a.officer2.actor, { limit: 50 });
    expect(mine.items.every((a) => a.forceId === w.a.force.id)).toBe(true);
    expect(mine.items.map((a) => a.handle)).not.toContain(w.a.account.handle);
  });
});
