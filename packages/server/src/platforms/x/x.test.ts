/**
 * The X adapter against a local fake of the X API v2: link, timeline polling
 * with since_id and pagination, HTML entities, publishing, deletion, and
 * back-off on x-rate-limit-* headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft, decideDraft } from '../../domain/drafts.js';
import { connectorWorld, type ConnectorWorld } from '../testing.js';
import { testTargets } from '../../storage/testing.js';
import { linkAccount, pollLink } from '../links.js';
import { publishToPlatform } from '../publish.js';
import { startFakeX, type FakeX } from './fake.js';

describe('X API v2 adapter (local fake)', () => {
  let w: ConnectorWorld;
  let fake: FakeX;
  let linkId: string;
  beforeAll(async () => {
    w = await connectorWorld(testTargets()[0]!);
    fake = await startFakeX('user-token');
  });
  afterAll(async () => {
    await fake?.close();
    await w?.cleanup();
  });
  const texts = async () => (await w.cenv.db.selectFrom('posts').select('text').where('account_id', '=', w.a.monitored.id).execute()).map((r) => r.text);

  it('links with an access token, refusing a wrong one', async () => {
    await expect(linkAccount(w.cenv, w.a.desk.actor, w.a.monitored.id, { service: fake.prefix, credentials: { accessToken: 'nope' } })).rejects.toThrow(/did not accept/);
    const link = await linkAccount(w.cenv, w.a.desk.actor, w.a.monitored.id, { service: fake.prefix, credentials: { accessToken: 'user-token' } });
    expect(link).toMatchObject({ platform: 'x', identifier: '42', pollSeconds: 300 });
    linkId = link.id;
  });

  it('polls the timeline: backfills across pages, then asks only for newer tweets', async () => {
    for (let i = 0; i < 230; i++) fake.add(i === 7 ? 'Fish &amp; chips &lt;3 with the team' : `Road closed near junction ${i}`);
    expect(await pollLink(w.cenv, linkId)).toBe(230);
    expect(fake.requests.filter((r) => r.includes('/tweets?')).length).toBe(3);
    expect(await texts()).toContain('Fish & chips <3 with the team');
    const last = fake.tweets.reduce((a, t) => (BigInt(t.id) > BigInt(a) ? t.id : a), '0');
    fake.add('Thanks Sarah (07700 900123) for reporting');
    fake.requests.length = 0;
    expect(await pollLink(w.cenv, linkId)).toBe(1);
    expect(fake.requests[0]).toContain(`since_id=${last}`);
    expect(await pollLink(w.cenv, linkId)).toBe(0);
    expect((await texts()).length).toBe(231);
  });

  it('backs off until x-rate-limit-reset when the window is used up', async () => {
    fake.remaining = 0;
    fake.reset = Math.floor(Date.now() / 1000) + 600;
    expect(await pollLink(w.cenv, linkId)).toBe(0);
    const row = await w.cenv.db.selectFrom('platform_links').selectAll().where('id', '=', linkId).executeTakeFirstOrThrow();
    expect(row.backoff_until).toBe(new Date(fake.reset * 1000).toISOString());
    expect(row.last_error).toMatch(/^Rate limited until/);
    fake.remaining = 1000;
  });

  it('publishes an approved draft with POST /2/tweets and records it with its id', async () => {
    const d = await createDraft(w.env, w.a.officer.actor, { accountId: w.a.account.id, text: 'Beat surgery at Corby library on Saturday' });
    const ok = await decideDraft(w.env, w.a.sergeant.actor, d.id, { decision: 'approve', expectedVersion: d.version });
    await linkAccount(w.cenv, w.a.desk.actor, w.a.account.id, { service: fake.prefix, credentials: { accessToken: 'user-token' } });
    const out = await publishToPlatform(w.cenv, w.a.officer.actor, d.id, ok.version);
    expect(fake.tweets.find((t) => t.id === out.externalId)?.text).toBe('Beat surgery at Corby library on Saturday');
    expect(out.url).toBe(`https://x.com/i/web/status/${out.externalId}`);
    expect(out.post.externalUrl).toBe(out.url);
    const ref = await w.cenv.db.selectFrom('post_refs').selectAll().where('external_id', '=', out.externalId).executeTakeFirstOrThrow();
    expect(ref.post_id).toBe(out.post.id);
  });

  it('deletes with DELETE /2/tweets/:id', async () => {
    const { clientFor } = await import('../links.js');
    const row = await w.cenv.db.selectFrom('platform_links').selectAll().where('id', '=', linkId).executeTakeFirstOrThrow();
    const t = fake.add('to delete');
    await clientFor(w.cenv, row).delete(t.id);
    expect(fake.tweets.some((x) => x.id === t.id)).toBe(false);
    await expect(clientFor(w.cenv, row).delete(t.id)).rejects.toThrow(/did not confirm/);
  });
});
