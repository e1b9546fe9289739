/**
 * Person names on dev splits: precision, recall and F1 of PER spans (exact
 * match, original-text offsets) for the learned tagger (with UK place names
 * read as places, as the PERSON recogniser does; all its spans, then only
 * those at the default policy's person threshold), the old capitalised-run
 * baseline and compromise's `people()`, on
 *  - BTC dev without @handles: gold spans starting with "@" dropped, handles never predicted;
 *  - BTC dev with handles: all gold PER spans; every @handle token counts as a
 *    predicted PER (the simple rule: in BTC most handles are people);
 *  - WNUT-17 dev `person`;
 *  - Presidio's PERSON test cases (MIT).
 * A leading "#" is ignored on both sides: annotators tag "#Leeds" sometimes
 * with the sign and sometimes without.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { normalise, type NormalisedText } from '../../packages/engine/src/pipeline/normalise.js';
import { tokenise, type Token } from '../../packages/engine/src/pipeline/tokenise.js';
import { toOriginal } from '../../packages/engine/src/recognizers/names/align.js';
import { baselineTagger, learnedTagger } from '../../packages/engine/src/recognizers/names/index.js';
import type { NameTagger } from '../../packages/engine/src/recognizers/names/types.js';
import { placesAsLocations } from '../../packages/engine/src/recognizers/places.js';
import { DEFAULT_POLICY } from '../../packages/engine/src/policy/default.js';
import { STRICT_POLICY } from '../../packages/engine/src/policy/presets.js';
import { ReliabilityBins } from '../reliability.js';

const DATA = '/work/shared/data';

interface Rec { text: string; spans: { start: number; end: number; label: string; surface: string }[] }
type Span = { start: number; end: number };
type System = { name: string; predict: (text: string, view: NormalisedText, tokens: readonly Token[]) => Span[] };

/** Totals for one system on one set. */
export interface Score { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

function readJsonl(path: string): Rec[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Rec);
}

/**
 * A tagger's PER spans; with `threshold`, only those of at least that
 * confidence, and below 0.5 its runner-ups down to it: what the rules see
 * under a policy with that person threshold.
 */
function fromTagger(tagger: NameTagger, threshold = 0): System {
  return {
    name: threshold > 0 ? `${tagger.name} ≥ ${threshold}` : tagger.name,
    predict: (_text, view, tokens) =>
      placesAsLocations(tagger.tag(tokens, view.text, threshold > 0 ? threshold : undefined), tokens)
        .filter((s) => s.label === 'PER' && tokens[s.firstToken]!.kind !== 'handle' && s.confidence >= threshold)
        .map((s) => toOriginal(view, s)),
  };
}

/** compromise `people()`, spans from its first to last term (its match offsets include trailing punctuation). */
const compromiseSystem: System = {
  name: 'compromise people()',
  predict: (text) => {
    type Term = { offset: { start: number; length: number } };
    const people = nlp(text).people().json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
    return people.filter((p) => p.terms.length > 0).map((p) => {
      const last = p.terms[p.terms.length - 1]!.offset;
      return { start: p.terms[0]!.offset.start, end: last.start + last.length };
    });
  },
};

const key = (text: string, s: Span): string => `${text[s.start] === '#' ? s.start + 1 : s.start}:${s.end}`;

/**
 * Score a system on records. `gold` picks gold spans; with `handles`, every
 * handle token is added to the predictions and handle predictions are kept.
 */
function score(recs: readonly Rec[], sys: System, gold: (r: Rec) => Span[], handles: boolean): Score {
  let tp = 0, fp = 0, fn = 0;
  for (const r of recs) {
    const view = normalise(r.text);
    const tokens = tokenise(view.text);
    const g = new Set(gold(r).map((s) => key(r.text, s)));
    let pred = sys.predict(r.text, view, tokens);
    if (handles) {
      pred = pred.concat(tokens.filter((t) => t.kind === 'handle').map((t) => toOriginal(view, { ...t, confidence: 1, label: 'PER', firstToken: 0, endToken: 0 })));
    } else {
      pred = pred.filter((s) => r.text[s.start] !== '@');
    }
    const p = new Set(pred.map((s) => key(r.text, s)));
    for (const k of p) if (g.has(k)) tp++; else fp++;
    for (const k of g) if (!p.has(k)) fn++;
  }
  const p = tp / Math.max(1, tp + fp);
  const rc = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, p, r: rc, f1: p + rc === 0 ? 0 : (2 * p * rc) / (p + rc) };
}

const per = (label: string) => (r: Rec): Span[] => r.spans.filter((s) => s.label === label);
const perNoHandle = (r: Rec): Span[] => r.spans.filter((s) => s.label === 'PER' && !s.surface.startsWith('@'));

/** Print the table. */
export async function run(): Promise<void> {
  const btc = readJsonl(`${DATA}/btc/dev.jsonl`);
  const wnut = readJsonl(`${DATA}/wnut17/dev.jsonl`);
  const presidio = readJsonl(`${DATA}/presidio/unit_tests.jsonl`).filter((r) => r.spans.some((s) => s.label === 'PERSON'));
  // The rules read PERSON entities at the policy's threshold (default 0.5): the second row is what they see. Below
  // 0.5 (0.3, and the strict preset's) the tagger adds its runner-up names (see NameTagger.tag): more recall, less
  // precision. A threshold is printed once, whichever setting it comes from.
  const thresholds = new Set([DEFAULT_POLICY.thresholds?.person ?? 0.5, 0.3, STRICT_POLICY.thresholds?.person ?? 0.5]);
  const systems = [
    fromTagger(learnedTagger), ...[...thresholds].sort((x, y) => y - x).map((t) => fromTagger(learnedTagger, t)),
    fromTagger(baselineTagger), compromiseSystem,
  ];
  const sets: { name: string; run: (s: System) => Score }[] = [
    { name: 'BTC dev PER, no handles', run: (s) => score(btc, s, perNoHandle, false) },
    { name: 'BTC dev PER, with handles (all @ = PER)', run: (s) => score(btc, s, per('PER'), true) },
    { name: 'WNUT-17 dev person', run: (s) => score(wnut, s, per('person'), false) },
    { name: `Presidio PERSON cases (${presidio.length})`, run: (s) => score(presidio, s, per('PERSON'), false) },
  ];
  const pad = (s: string, n: number): string => s.padEnd(n);
  const num = (x: number): string => x.toFixed(3).padStart(6);
  console.log(`  ${pad('set', 42)}${pad('system', 22)}     P      R     F1    tp   fp   fn`);
  for (const set of sets) {
    for (const sys of systems) {
      const s = set.run(sys);
      console.log(`  ${pad(set.name, 42)}${pad(sys.name, 22)}${num(s.p)} ${num(s.r)} ${num(s.f1)} ${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`);
    }
  }
  reliability([{ recs: btc, gold: perNoHandle }, { recs: wnut, gold: per('person') }]);
}

/**
 * Reliability of the tagger's confidence on the dev sets (a check only: the
 * calibration was fitted on held-out training data): per confidence bin, how
 * many predicted PER spans, their mean confidence and the share exactly right.
 * Below 0.5 the spans are the runner-ups (down to 0.1), rated by their own
 * calibration.
 */
function reliability(sets: readonly { recs: readonly Rec[]; gold: (r: Rec) => Span[] }[]): void {
  const floor = 0.1;
  const bins = new ReliabilityBins([floor, 0.2, 0.3, 0.4, 0.5, 0.7, 0.85, 0.95, 1.0001]);
  for (const { recs, gold } of sets) {
    for (const r of recs) {
      const view = normalise(r.text);
      const tokens = tokenise(view.text);
      const g = new Set(gold(r).map((x) => key(r.text, x)));
      for (const sp of learnedTagger.tag(tokens, view.text, floor)) {
        if (sp.label === 'PER') bins.add(sp.confidence, g.has(key(r.text, toOriginal(view, sp))));
      }
    }
  }
  console.log('\n  confidence of predicted PER spans (BTC dev no handles + WNUT-17 dev): bin, spans, mean confidence, exactly right');
  for (const b of bins.rows()) {
    console.log(`  [${b.from.toFixed(2)}, ${b.to.toFixed(2)})  ${String(b.n).padStart(4)}  ${b.mean.toFixed(3)}  ${b.right.toFixed(3)}`);
  }
}

// Run directly: `npx tsx scripts/eval/names.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await run();
