/**
 * P6: personal data of members of the public — phone numbers, e-mail
 * addresses, dates of birth, NI/NHS/passport/licence numbers, payment card and
 * bank numbers, home addresses, vehicle registrations linked to a person.
 * Official numbers and addresses (999, 101, police.uk…) are allowed.
 */
import { sharedLexicon } from '../pipeline/shared-lexicon.js';
import { redact } from '../rewrite/edits.js';
import type { EntityType, Severity } from '../types.js';
import { publicPersons } from './people.js';
import { customFindings } from './lexicons/text.js';
import type { Rule, RuleFinding } from './types.js';

const KINDS: Partial<Record<EntityType, { message: string; severity: Severity; min: number }>> = {
  PHONE: { message: 'phone', severity: 'review', min: 0.55 },
  EMAIL: { message: 'email', severity: 'review', min: 0.5 },
  DATE_OF_BIRTH: { message: 'dob', severity: 'review', min: 0.5 },
  ADDRESS: { message: 'address', severity: 'review', min: 0.6 },
  NINO: { message: 'nino', severity: 'block', min: 0.5 },
  NHS_NUMBER: { message: 'nhs', severity: 'block', min: 0.5 },
  PASSPORT: { message: 'passport', severity: 'block', min: 0.5 },
  DRIVING_LICENCE: { message: 'licence', severity: 'block', min: 0.5 },
  CARD: { message: 'card', severity: 'block', min: 0.5 },
  BANK_ACCOUNT: { message: 'bank', severity: 'block', min: 0.5 },
  SORT_CODE: { message: 'bank', severity: 'block', min: 0.5 },
  IBAN: { message: 'bank', severity: 'block', min: 0.5 },
};
const OWNER = sharedLexicon(['his car', 'her car', 'their car', 'his van', 'her van', 'his vehicle', 'her vehicle', 'owner', 'owned by', 'registered to', 'belonging to', 'his motorbike', 'her motorbike', 'drives a', 'driving a']);

const FALLBACK = 'This term is on your force’s list of personal data.';

/** Rule P6. */
export const p6: Rule = {
  meta: {
    id: 'P6',
    description: 'Personal data of a member of the public (contact details, identity and bank numbers, home address, a vehicle linked to a person).',
    defaultSeverity: 'review',
    explanation: 'Posting a member of the public\'s contact details, identity numbers, bank details or home address breaches data protection law and can put them at risk. Thank or ask people without their details; ask them to contact us privately.',
    guidance: 'UK GDPR and Data Protection Act 2018; APP Media and communications; force information management policy.',
    messages: {
      custom: '{{message}}',
      phone: 'This looks like a personal phone number.',
      email: 'This looks like a personal e-mail address.',
      dob: 'This gives a date of birth.',
      address: 'This gives a home address.',
      nino: 'This looks like a National Insurance number.',
      nhs: 'This looks like an NHS number.',
      passport: 'This looks like a passport number.',
      licence: 'This looks like a driving licence number.',
      card: 'This looks like a payment card number.',
      bank: 'This looks like bank account details.',
      vrm: 'This links a vehicle registration to a person.',
    },
    fixable: true,
  },
  check(ctx) {
    const out: RuleFinding[] = customFindings(ctx, 'P6', FALLBACK);
    const text = ctx.norm.text;
    for (const e of ctx.entities) {
      const k = KINDS[e.type];
      if (k === undefined || e.confidence < k.min || e.attrs?.allowed === true) continue;
      // An address in an arrest post is P5's finding; one finding per problem.
      if (e.type === 'ADDRESS' && ctx.facts.stages.has('arrested')) continue;
      out.push({
        messageId: k.message, ranges: [e], confidence: e.confidence, severity: k.severity === 'block' ? 'block' : undefined,
        suggestion: { description: 'Remove the personal details.', edits: [redact(text, e)] },
      });
    }
    const vrms = ctx.entities.filter((e) => e.type === 'VRM' && e.confidence >= 0.5);
    if (vrms.length > 0 && (publicPersons(ctx).length > 0 || OWNER.test(ctx.lex))) {
      for (const v of vrms) {
        out.push({ messageId: 'vrm', ranges: [v], confidence: v.confidence * 0.9, suggestion: { description: 'Leave out the registration.', edits: [redact(text, v)] } });
      }
    }
    return out;
  },
};
