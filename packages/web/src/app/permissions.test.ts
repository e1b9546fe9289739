import { describe, expect, it } from 'vitest';
import { landingFor, mayOpen, navFor } from './permissions.js';

const labels = (roles: Parameters<typeof navFor>[0]): string[] => navFor(roles).map((n) => n.route);

describe('role-aware navigation', () => {
  it('shows each role its own pages', () => {
    expect(labels(['officer'])).toEqual(['compose', 'accounts']);
    expect(labels(['officer', 'supervisor'])).toEqual(['compose', 'approvals', 'accounts']);
    expect(labels(['officer', 'digital_desk'])).toEqual(['compose', 'approvals', 'accounts', 'review', 'dashboard', 'policy']);
    expect(labels(['professional_standards'])).toEqual(['accounts', 'cases', 'dashboard']);
    expect(labels(['force_admin'])).toEqual(['accounts', 'cases', 'dashboard', 'policy']);
    expect(labels(['inspector'])).toEqual(['dashboard']);
  });

  it('lets detail pages follow their list page', () => {
    expect(mayOpen(['officer'], 'account')).toBe(true);
    expect(mayOpen(['officer'], 'case')).toBe(false);
    expect(mayOpen(['officer'], 'review')).toBe(false);
    expect(mayOpen(['officer'], 'not-found')).toBe(true);
  });

  it('lands each role on its first page', () => {
    expect(landingFor(['officer'])).toBe('compose');
    expect(landingFor(['professional_standards'])).toBe('accounts');
    expect(landingFor([])).toBeNull();
  });
});
