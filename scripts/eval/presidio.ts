/**
 * Presidio conformance: run the engine's pattern recognisers on Microsoft
 * Presidio's own recogniser test cases (../shared/data/presidio), the way
 * Presidio's tests run them: one recogniser at a time, the expected number of
 * entities, and the exact spans where the case gives them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_POLICY, getCompiledPolicy, originalEnd, originalStart, prepare, type EntityType, type Recognizer,
} from '../../packages/engine/src/index.js';
import { cardRecognizer } from '../../packages/engine/src/recognizers/card.js';
import { dateRecognizer } from '../../packages/engine/src/recognizers/date.js';
import { drivingLicenceRecognizer } from '../../packages/engine/src/recognizers/driving-licence.js';
import { emailRecognizer } from '../../packages/engine/src/recognizers/email.js';
import { ibanRecognizer } from '../../packages/engine/src/recognizers/iban.js';
import { ipAddressRecognizer } from '../../packages/engine/src/recognizers/ip-address.js';
import { nhsNumberRecognizer } from '../../packages/engine/src/recognizers/nhs-number.js';
import { ninoRecognizer } from '../../packages/engine/src/recognizers/nino.js';
import { passportRecognizer } from '../../packages/engine/src/recognizers/passport.js';
import { phoneRecognizer } from '../../packages/engine/src/recognizers/phone.js';
import { postcodeRecognizer } from '../../packages/engine/src/recognizers/postcode.js';
import { urlRecognizer } from '../../packages/engine/src/recognizers/url.js';
import { vrmRecognizer } from '../../packages/engine/src/recognizers/vrm.js';

interface Case {
  id: string;
  text: string;
  spans: { start: number; end: number }[];
  expected_len: number;
  positions_given: boolean;
  meta: { recognizer: string | null; requires_nlp: boolean };
}

/** Presidio recogniser → (our recogniser, the entity types it must produce, UK-specific?). */
const MAP: Record<string, { r: Recognizer; types: EntityType[]; uk: boolean; label: string }> = {
  UkPostcodeRecognizer: { r: postcodeRecognizer, types: ['POSTCODE'], uk: true, label: 'UK postcode' },
  UkVehicleRegistrationRecognizer: { r: vrmRecognizer, types: ['VRM'], uk: true, label: 'UK vehicle registration' },
  UkNinoRecognizer: { r: ninoRecognizer, types: ['NINO'], uk: true, label: 'UK NINO' },
  NhsRecognizer: { r: nhsNumberRecognizer, types: ['NHS_NUMBER'], uk: true, label: 'UK NHS number' },
  UkPassportRecognizer: { r: passportRecognizer, types: ['PASSPORT'], uk: true, label: 'UK passport' },
  UkDrivingLicenceRecognizer: { r: drivingLicenceRecognizer, types: ['DRIVING_LICENCE'], uk: true, label: 'UK driving licence' },
  EmailRecognizer: { r: emailRecognizer, types: ['EMAIL'], uk: false, label: 'email' },
  PhoneRecognizer: { r: phoneRecognizer, types: ['PHONE'], uk: false, label: 'phone' },
  IpRecognizer: { r: ipAddressRecognizer, types: ['IP_ADDRESS'], uk: false, label: 'IP address' },
  IbanRecognizer: { r: ibanRecognizer, types: ['IBAN'], uk: false, label: 'IBAN' },
  CreditCardRecognizer: { r: cardRecognizer, types: ['CARD'], uk: false, label: 'payment card' },
  DateRecognizer: { r: dateRecognizer, types: ['DATE', 'DATE_OF_BIRTH'], uk: false, label: 'date' },
  UrlRecognizer: { r: urlRecognizer, types: ['URL'], uk: false, label: 'URL' },
};

/** Result per Presidio recogniser. */
export interface PresidioRow {
  label: string;
  uk: boolean;
  passed: number;
  total: number;
  failed: string[];
}

function trimSpan(text: string, s: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Run the conformance suite; returns one row per recogniser. */
export function evaluatePresidio(dataDir: string): PresidioRow[] {
  const lines = readFileSync(join(dataDir, 'presidio', 'unit_tests.jsonl'), 'utf8').split('\n').filter(Boolean);
  const policy = getCompiledPolicy(DEFAULT_POLICY);
  const rows = new Map<string, PresidioRow>();
  for (const line of lines) {
    const c = JSON.parse(line) as Case;
    const m = c.meta.recognizer === null ? undefined : MAP[c.meta.recognizer];
    if (m === undefined || c.meta.requires_nlp) continue;
    const p = prepare(c.text, policy, [m.r]);
    const got = p.entities
      .filter((e) => m.types.includes(e.type))
      .map((e) => ({ start: originalStart(p.norm, e.start), end: originalEnd(p.norm, e.end) }));
    let ok = got.length === c.expected_len;
    if (ok && c.positions_given) {
      // Expected spans are compared without surrounding white space: one Presidio case counts the space before a NINO.
      ok = c.spans.map((s) => trimSpan(c.text, s)).every((s) => got.some((g) => g.start === s.start && g.end === s.end));
    }
    const row = rows.get(m.label) ?? { label: m.label, uk: m.uk, passed: 0, total: 0, failed: [] };
    row.total++;
    if (ok) row.passed++;
    else row.failed.push(c.id);
    rows.set(m.label, row);
  }
  return [...rows.values()].sort((a, b) => Number(b.uk) - Number(a.uk) || a.label.localeCompare(b.label));
}

const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

/** Print the conformance table. */
export function run(): void {
  const dataDir = process.env.PEEL_DATA_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
  const rows = evaluatePresidio(dataDir);
  let passed = 0;
  let total = 0;
  console.log('  recogniser                 pass/total   rate');
  for (const r of rows) {
    passed += r.passed;
    total += r.total;
    console.log(`  ${(r.label + (r.uk ? ' (UK)' : '')).padEnd(26)} ${String(r.passed).padStart(4)}/${String(r.total).padEnd(5)}  ${pct(r.passed, r.total)}`);
  }
  console.log('  (exact spans; expected spans trimmed of white space; Presidio-only TR national numbers without a trunk prefix are not phones in Peel)');
  console.log(`  ${'overall'.padEnd(26)} ${String(passed).padStart(4)}/${String(total).padEnd(5)}  ${pct(passed, total)}`);
  if (process.env.PEEL_EVAL_VERBOSE === '1') {
    for (const r of rows) for (const id of r.failed) console.log(`  failed: ${id}`);
  }
}
