/**
 * Name tagger speed: model load time (import of the model and word-cluster
 * modules and decoding them, in this fresh process) and µs per post for tagging alone (tokens
 * prepared beforehand) and for normalise + tokenise + tag, over the BTC and
 * WNUT-17 dev texts. Run: `npx tsx scripts/bench-names.ts`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { normalise } from '../packages/engine/src/pipeline/normalise.js';
import { tokenise } from '../packages/engine/src/pipeline/tokenise.js';

const t0 = performance.now();
const { MODEL_DATA } = await import('../packages/engine/src/recognizers/names/model-data.js');
const { CLUSTERS_DATA } = await import('../packages/engine/src/recognizers/names/clusters-data.js');
const { learnedTagger } = await import('../packages/engine/src/recognizers/names/index.js');
const t1 = performance.now();
const rows = learnedTagger.warm();
const t2 = performance.now();

const texts = ['btc', 'wnut17'].flatMap((d) =>
  readFileSync(`/work/shared/data/${d}/dev.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text));
const prepared = texts.map((t) => {
  const text = normalise(t).text;
  return { text, tokens: tokenise(text) };
});
const tokens = prepared.reduce((n, p) => n + p.tokens.length, 0);

/**
 * Time `body` over chunks of 100 posts, many times; report the median and the
 * fastest chunk. Other processes on a shared machine inflate the median; the
 * fastest chunk is the cost when this process has a core to itself.
 */
function time(label: string, body: (from: number, to: number) => void, rounds: number): void {
  body(0, texts.length); // warm-up: JIT
  const chunk = 100;
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let from = 0; from + chunk <= texts.length; from += chunk) {
      const start = performance.now();
      body(from, from + chunk);
      per.push(((performance.now() - start) * 1000) / chunk);
    }
  }
  per.sort((a, b) => a - b);
  const median = per[per.length >> 1]!;
  const best = per[0]!;
  console.log(`  ${label.padEnd(36)} median ${median.toFixed(2).padStart(7)} µs/post, fastest chunk ${best.toFixed(2).padStart(6)} µs/post (${Math.round(1e6 / best).toLocaleString('en-GB')} posts/s)`);
}

const source = readFileSync(new URL('../packages/engine/src/recognizers/names/model-data.ts', import.meta.url));
console.log(`model: ${(source.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(source, { level: 9 }).length / 1024).toFixed(0)} KiB gzip; weights ${JSON.stringify(MODEL_DATA.weights.length)} base64 chars; ${rows.toLocaleString('en-GB')} table rows`);
const clustersSource = readFileSync(new URL('../packages/engine/src/recognizers/names/clusters-data.ts', import.meta.url), 'utf8');
console.log(`word clusters: ${(clustersSource.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(clustersSource, { level: 9 }).length / 1024).toFixed(0)} KiB gzip; ${CLUSTERS_DATA.length.toLocaleString('en-GB')} base64 chars`);
console.log(`load: import ${(t1 - t0).toFixed(0)} ms (tsx transform included), decode model and clusters ${(t2 - t1).toFixed(1)} ms`);
console.log(`${texts.length} dev posts, ${(tokens / texts.length).toFixed(1)} tokens/post on average`);
let sink = 0;
time('tag (tokens prepared)', (from, to) => {
  for (let k = from; k < to; k++) sink += learnedTagger.tag(prepared[k]!.tokens, prepared[k]!.text).length;
}, 20);
time('normalise + tokenise + tag', (from, to) => {
  for (let k = from; k < to; k++) {
    const text = normalise(texts[k]!).text;
    sink += learnedTagger.tag(tokenise(text), text).length;
  }
}, 20);
time('normalise + tokenise (no tagging)', (from, to) => {
  for (let k = from; k < to; k++) sink += tokenise(normalise(texts[k]!).text).length;
}, 20);
if (sink < 0) console.log(sink);
