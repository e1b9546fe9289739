import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router.js';

describe('router', () => {
  it('parses pages, parameters and query', () => {
    expect(parseRoute('').name).toBe('home');
    expect(parseRoute('#/compose').name).toBe('compose');
    const r = parseRoute('#/accounts/abc%20d?status=suspended');
    expect(r).toMatchObject({ name: 'account', params: { id: 'abc d' } });
    expect(r.query.get('status')).toBe('suspended');
    expect(parseRoute('#/accounts/').name).toBe('accounts');
    expect(parseRoute('#/nope/1/2').name).toBe('not-found');
    expect(parseRoute('#/cases/%E0%A4%A').params.id).toBe('%E0%A4%A');
  });

  it('builds links that parse back', () => {
    const link = href('account', { id: 'a/b' }, { tab: 'events', empty: '' });
    expect(link).toBe('#/accounts/a%2Fb?tab=events');
    expect(parseRoute(link)).toMatchObject({ name: 'account', params: { id: 'a/b' } });
    expect(href('home')).toBe('#/');
  });
});
