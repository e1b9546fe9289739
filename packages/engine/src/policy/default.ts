/**
 * The default UK policy: every rule on at the severity guidelines.md gives.
 * Forces start from it and add their own numbers, domains, handles and lists.
 */
import type { Policy } from './types.js';

/** The default UK policy document. */
export const DEFAULT_POLICY: Policy = {
  $schema: 'https://peel.invalid/policy.schema.json',
  id: 'uk-default',
  version: '1.0.0',
  name: 'UK police social media guidelines (default)',
  rules: {},
  allow: {
    phoneNumbers: [],
    domains: [],
    emailDomains: [],
    handles: [],
    officerNames: [],
    causes: [],
  },
  election: { windows: [], candidates: [], parties: [] },
  lexicon: [],
  protected: { entries: [] },
  thresholds: { person: 0.5 },
};
