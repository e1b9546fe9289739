/**
 * The policy document's JSON Schema (draft 2020-12), published as
 * packages/engine/policy.schema.json (kept equal to this object by a test).
 */
const RULE_IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'L1', 'L2', 'L3', 'L4', 'O1', 'O2', 'O3', 'O4',
  'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'N1', 'N2', 'W1', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6'] as const;
const SEVERITIES = ['track', 'advise', 'review', 'block'] as const;
const strings = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 5000 } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' } as const;

/** Every rule id the catalogue defines. */
export const ALL_RULE_IDS: readonly string[] = RULE_IDS;
/** Every severity. */
export const ALL_SEVERITIES: readonly string[] = SEVERITIES;

/** The JSON Schema of a policy document. */
export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://peel.invalid/policy.schema.json',
  title: 'Peel policy',
  description: 'A force\'s configuration of the Peel engine: rules, allow-lists, election windows, lexicon and protected list (hashes only).',
  type: 'object',
  required: ['id', 'version', 'name'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', description: 'Stable id, e.g. uk-default or northamptonshire.' },
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Semantic version; reports carry it.' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    rules: {
      type: 'object',
      propertyNames: { enum: RULE_IDS },
      additionalProperties: {
        type: 'object', additionalProperties: false,
        properties: { enabled: { type: 'boolean' }, severity: { enum: SEVERITIES } },
      },
    },
    allow: {
      type: 'object', additionalProperties: false,
      properties: { phoneNumbers: strings, domains: strings, emailDomains: strings, handles: strings, officerNames: strings, causes: strings },
    },
    election: {
      type: 'object', additionalProperties: false,
      properties: {
        windows: {
          type: 'array', maxItems: 100,
          items: { type: 'object', required: ['start', 'end'], additionalProperties: false, properties: { start: isoDate, end: isoDate, name: { type: 'string', maxLength: 200 } } },
        },
        candidates: strings,
        parties: strings,
        contact: { type: 'string', maxLength: 200 },
      },
    },
    lexicon: {
      type: 'array', maxItems: 1000,
      items: {
        type: 'object', required: ['rule', 'terms'], additionalProperties: false,
        properties: { rule: { enum: RULE_IDS }, terms: strings, severity: { enum: SEVERITIES }, message: { type: 'string', maxLength: 500 } },
      },
    },
    protected: {
      type: 'object', required: ['entries'], additionalProperties: false,
      properties: {
        keyId: { type: 'string', maxLength: 100 },
        entries: {
          type: 'array', maxItems: 100000,
          items: {
            type: 'object', required: ['hmac', 'words'], additionalProperties: false,
            properties: {
              hmac: { type: 'string', pattern: '^[0-9a-f]{64}$' },
              words: { type: 'integer', minimum: 1, maximum: 12 },
              expires: isoDate,
              label: { type: 'string', maxLength: 100 },
            },
          },
        },
      },
    },
    thresholds: {
      type: 'object', additionalProperties: false,
      properties: { person: { type: 'number', minimum: 0, maximum: 1 } },
    },
  },
} as const;
