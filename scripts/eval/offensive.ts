/**
 * S1 on the Davidson et al. (2017) offensive-language tweets
 * (../shared/data/davidson2017): for each crowd label (hate_speech,
 * offensive_language, neither), the share of tweets S1 flags at review or
 * above and at block. Labels are noisy, and "neither" tweets often still
 * swear, so the figures describe coverage, not accuracy. No tweet text is
 * ever printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, DEFAULT_POLICY } from '../../packages/engine/src/index.js';
import { s1Rule } from '../../packages/engine/src/rules/s1.js';

interface Row {
  text: string;
  label: string;
}

const LABELS = ['hate_speech', 'offensive_language', 'neither'] as const;

/** Undo the HTML escaping in the source CSV ("&amp;", "&#128514;"), as a reader would see the tweet. */
function unescapeHtml(s: string): string {
  return s.replace(/&(#\d{1,7}|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') {
      const cp = Number(e.slice(1));
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : ' ';
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

const pct = (k: number, n: number): string => (n === 0 ? '—' : `${((100 * k) / n).toFixed(1)}%`);

/** Run the measurement and print a table. */
export function run(): void {
  const dataDir = process.env.PEEL_DATA_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
  const lines = readFileSync(join(dataDir, 'davidson2017', 'all.jsonl'), 'utf8').split('\n').filter((l) => l.length > 0);
  const stats = new Map<string, { n: number; any: number; review: number; block: number }>();
  for (const l of LABELS) stats.set(l, { n: 0, any: 0, review: 0, block: 0 });
  const now = new Date('2026-01-01T00:00:00Z');
  const t0 = performance.now();
  for (const line of lines) {
    const row = JSON.parse(line) as Row;
    const s = stats.get(row.label);
    if (s === undefined) continue;
    // Only S1 is measured; recognisers are skipped because S1 reads only the lexicon view.
    const r = check({ text: unescapeHtml(row.text) }, DEFAULT_POLICY, { rules: [s1Rule], recognizers: [], now });
    s.n++;
    if (r.findings.length > 0) s.any++;
    if (r.verdict === 'review' || r.verdict === 'block') s.review++;
    if (r.verdict === 'block') s.block++;
  }
  const ms = performance.now() - t0;
  console.log('  label                 tweets   flagged  ≥review   block');
  for (const l of LABELS) {
    const s = stats.get(l)!;
    console.log(`  ${l.padEnd(20)} ${String(s.n).padStart(7)} ${pct(s.any, s.n).padStart(9)} ${pct(s.review, s.n).padStart(8)} ${pct(s.block, s.n).padStart(7)}`);
  }
  const total = [...stats.values()].reduce((a, s) => a + s.n, 0);
  console.log(`  (${total} tweets, S1 only, ${(ms / 1000).toFixed(1)} s; labels are crowd majority votes and noisy)`);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
