/** The Mastodon adapter against a local fake instance: link, poll (HTML to text, boosts skipped), publish, delete, 429. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyForAccount, setOperator, transitionAccount } from '../../domain/accounts.js';
import type { Account } from '../../domain/model.js';
import { testTargets } from '../../storage/testing.js';
import { clientFor, linkAccount, pollLink } from '../links.js';
import { connectorWorld, type ConnectorWorld } from '../testing.js';
import { htmlToText } from './adapter.js';
import { startFakeMastodon, type FakeMastodon } from './fake.js';

describe('Mastodon adapter (local fake)', () => {
  let w: ConnectorWorld;
  let fake: FakeMastodon;
  let account: Account;
  let linkId: string;
  beforeAll(async () => {
    w = await connectorWorld(testTargets()[0]!);
    fake = await startFakeMastodon('masto-token');
    const a = await applyForAccount(w.env, w.a.desk.actor, { platform: 'mastodon', handle: '@npt@police.example', kind: 'force', trustTier: 'monitored', team: 'north', operatorPersonIds: [w.a.officer.person!.id] });
    await setOperator(w.env, w.a.desk.actor, a.id, w.a.officer.person!.id, true);
    account = await transitionAccount(w.env, w.a.desk.actor, a.id, { to: 'accredited' });
  });
  afterAll(async () => {
    await fake?.close();
    await w?.cleanup();
  });
  const texts = async () => (await w.cenv.db.selectFrom('posts').select('text').where('account_id', '=', account.id).execute()).map((r) => r.text);

  it.each([
    ['<p>Road closed &amp; diverted</p><p>Please avoid</p>', 'Road closed & diverted\n\nPlease avoid'],
    ['<p>Line one<br />line two <a href="https://x" rel="nofollow"><span>#tag</span></a></p>', 'Line one\nline two #tag'],
  ])('turns status HTML into text: %s', (html, text) => expect(htmlToText(html)).toBe(text));

  it('links, then polls new statuses only, skipping boosts', async () => {
    await expect(linkAccount(w.cenv, w.a.desk.actor, account.id, { service: fake.url, credentials: { accessToken: 'bad' } })).rejects.toThrow(/did not accept/);
    const link = await linkAccount(w.cenv, w.a.desk.actor, account.id, { service: fake.url, credentials: { accessToken: 'masto-token' } });
    expect(link).toMatchObject({ identifier: '7', pollSeconds: 30 });
    linkId = link.id;
    for (let i = 0; i < 45; i++) fake.add(`<p>Community update ${i}</p>`);
    fake.add('<p>boosted</p>', true);
    expect(await pollLink(w.cenv, linkId)).toBe(45);
    fake.add('<p>Thanks Sarah (07700 900123) for reporting</p>');
    fake.requests.length = 0;
    expect(await pollLink(w.cenv, linkId)).toBe(1);
    expect(fake.requests[0]).toMatch(/since_id=\d+/);
    expect(await texts()).toContain('Thanks Sarah (07700 900123) for reporting');
    expect((await texts()).length).toBe(46);
  });

  it('backs off after a 429', async () => {
    fake.limitNext = true;
    expect(await pollLink(w.cenv, linkId)).toBe(0);
    const row = await w.cenv.db.selectFrom('platform_links').selectAll().where('id', '=', linkId).executeTakeFirstOrThrow();
    expect(row.backoff_until).not.toBeNull();
  });

  it('publishes and deletes statuses', async () => {
    const row = await w.cenv.db.selectFrom('platform_links').selectAll().where('id', '=', linkId).executeTakeFirstOrThrow();
    const client = clientFor(w.cenv, row);
    const out = await client.publish('Beat surgery <Saturday> & Sunday');
    expect(fake.statuses.find((s) => s.id === out.externalId)?.content).toBe('<p>Beat surgery &lt;Saturday&gt; &amp; Sunday</p>');
    expect(out.url).toContain(out.externalId);
    await client.delete(out.externalId);
    expect(fake.statuses.some((s) => s.id === out.externalId)).toBe(false);
    await expect(client.delete(out.externalId)).rejects.toThrow(/HTTP 404/);
  });
});
