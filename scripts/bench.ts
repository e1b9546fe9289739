/**
 * `npm run bench`: how fast check() is on one thread, per post, on real
 * tweets (BTC dev), beside redact-pii's SyncRedactor on the same texts; where
 * the time goes (normalise+tokenise, recognisers, full check); and hostile
 * inputs that would expose super-linear work (target < 50 ms each).
 *
 *   npm run bench [-- --json] [-- --seconds N]
 *
 * Data: $PEEL_DATA_DIR/btc/dev.jsonl (default ../shared/data beside the repo).
 * Prints figures only, never post text (the data holds real people's names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  check, DEFAULT_POLICY, getCompiledPolicy, lexView, normalise, prepare, RECOGNIZERS, RULES, STRICT_POLICY, tokenise,
  type RecognizeContext, type RuleContext,
} from '@peel/engine';
import { computeFacts } from '../packages/engine/src/facts/index.js';
import { SyncRedactor } from 'redact-pii';

/** Per-post timing of one function over the corpus. */
interface Stats {
  posts: number;
  passes: number;
  postsPerSec: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  /**
   * Posts per second of this process's CPU time (user + system, all its threads, so GC helpers count
   * against it): unlike wall time, not inflated when other jobs take the core away.
   */
  cpuPostsPerSec: number;
}

/** One hostile input's timing. */
interface HostileResult {
  name: string;
  length: number;
  medianMs: number;
  maxMs: number;
  ok: boolean;
}

const HOSTILE_TARGET_MS = 50;
/** Hostile-input target for a text: 50 ms per 10,000 characters, at least 50 ms. */
const targetMs = (chars: number): number => HOSTILE_TARGET_MS * Math.max(1, chars / 10_000);

const { values: args } = parseArgs({
  options: { json: { type: 'boolean' }, seconds: { type: 'string' } },
  strict: true,
});
const seconds = Number(args.seconds ?? 5);
if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('--seconds must be a positive number');
const log = (line: string): void => {
  if (args.json !== true) console.log(line);
};

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const dataDir = process.env.PEEL_DATA_DIR ?? resolve(repoRoot, '../shared/data');
const dataFile = resolve(dataDir, 'btc/dev.jsonl');
if (!existsSync(dataFile)) {
  console.error(`bench: no data at ${dataFile} (set PEEL_DATA_DIR to the folder holding btc/dev.jsonl)`);
  process.exit(2);
}
/** The `text` of every record of a JSON Lines file. */
function readJsonlTexts(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
const texts = readJsonlTexts(dataFile);

const quantile = (sorted: Float64Array, q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Run fn over all texts until both `minPasses` and `minMs` are reached; times each call. With `warm` (the default)
 * it first runs over the items untimed to let the JIT settle; without, the caller has warmed up on other input.
 */
function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, minMs: number, minPasses = 3, warm = true): Stats {
  if (warm) {
    const warmEnd = performance.now() + Math.min(1000, minMs / 3);
    do for (const it of items) fn(it); while (performance.now() < warmEnd);
  }

  const samples: number[] = [];
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const stop = start + BigInt(Math.round(minMs * 1e6));
  while (passes < minPasses || process.hrtime.bigint() < stop) {
    for (const it of items) {
      const t = process.hrtime.bigint();
      fn(it);
      samples.push(Number(process.hrtime.bigint() - t));
    }
    passes++;
  }
  const wallNs = Number(process.hrtime.bigint() - start);
  const cpu = process.cpuUsage(cpu0);
  const sorted = Float64Array.from(samples).sort();
  const sum = samples.reduce((a, b) => a + b, 0);
  return {
    posts: samples.length, passes, postsPerSec: samples.length / (wallNs / 1e9), meanUs: sum / samples.length / 1e3,
    cpuPostsPerSec: samples.length / ((cpu.user + cpu.system) / 1e6),
    p50Us: quantile(sorted, 0.5) / 1e3, p99Us: quantile(sorted, 0.99) / 1e3, maxUs: sorted[sorted.length - 1]! / 1e3,
  };
}

/** The corpus tweets joined by newlines, cut to `length` chars. */
function mixedTweets(length: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < length; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    n += t.length + 1;
  }
  return parts.join('\n').slice(0, length);
}

/** Inputs built to make a careless scanner go quadratic (or worse). */
function hostileInputs(): { name: string; text: string }[] {
  const rep = (s: string, n: number): string => s.repeat(n);
  return [
    { name: "10k 'a'", text: rep('a', 10_000) },
    { name: "10k ' '", text: rep(' ', 10_000) },
    { name: "10k '@'", text: rep('@', 10_000) },
    { name: "10k '1'", text: rep('1', 10_000) },
    { name: "10k '.'", text: rep('.', 10_000) },
    { name: "10k 'é'", text: rep('é', 10_000) },
    { name: '10k emoji', text: rep('😀', 10_000) },
    { name: '10k U+200B', text: rep('\u200b', 10_000) },
    { name: "5k 'Ab '", text: rep('Ab ', 5_000) },
    { name: "5k '1 '", text: rep('1 ', 5_000) },
    { name: "5k 'a@b.'", text: rep('a@b.', 2_500) },
    { name: "5k 'http://'", text: rep('http://', 1_500) },
    { name: "10k '\\n'", text: rep('\n', 10_000) },
    { name: '100k mixed tweets', text: mixedTweets(100_000) },
  ];
}

function timeHostile(name: string, text: string, reps = 5): HostileResult {
  check({ text });
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    check({ text });
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const maxMs = ms[ms.length - 1]!;
  // The target is for inputs of 10,000 characters; longer ones (the 100,000-character limit) get the same time per
  // character, which is what linear time promises.
  return { name, length: text.length, medianMs: ms[Math.floor(reps / 2)]!, maxMs, ok: maxMs < targetMs(text.length) };
}

const f = (n: number, digits = 1): string => n.toFixed(digits);
const row = (cells: string[], widths: number[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
const STAT_COLS = [34, 10, 9, 9, 10, 10];
const statRow = (name: string, s: Stats): string =>
  row([name, f(s.postsPerSec, 0), f(s.meanUs), f(s.p50Us), f(s.p99Us), f(s.maxUs)], STAT_COLS);

log(`Peel bench — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), one thread`);
log(`Data: BTC dev, ${texts.length} posts, mean ${f(texts.reduce((a, t) => a + t.length, 0) / texts.length, 0)} chars\n`);
log(row(['', 'posts/s', 'mean µs', 'p50 µs', 'p99 µs', 'max µs'], STAT_COLS));

const posts = texts.map((text) => ({ text }));
const full = timeEach(posts, (p) => check(p), seconds * 1000, 5);
log(statRow('check() (default policy)', full));
// The strict preset's person threshold (below 0.5) also asks the tagger for runner-up names: a second search per post.
const strict = timeEach(posts, (p) => check(p, STRICT_POLICY), seconds * 1000, 5);
log(statRow('check() (strict preset)', strict));
const redactor = new SyncRedactor();
const redact = timeEach(texts, (t) => redactor.redact(t), seconds * 1000, 5);
log(statRow('redact-pii SyncRedactor.redact()', redact));
log(`per second of process CPU time (what other jobs on the machine do not distort): check() ${f(full.cpuPostsPerSec, 0)}, ` +
  `redact-pii ${f(redact.cpuPostsPerSec, 0)} posts; load average ${loadavg()[0]!.toFixed(2)}`);
const ratio = full.postsPerSec / redact.postsPerSec;
log(`\ncheck() is ${f(ratio, 2)}× the throughput of redact-pii on the same texts\n`);

// The loop above sees the same 1,000 texts again and again, so whatever is warm for them stays warm (V8's
// optimised code, the name tagger's bounded table of word features). A stream of live posts is not like that: here
// each post of BTC train and WNUT-17 train is checked exactly once, after a warm-up on other text (the dev texts).
const unseenTexts = ['btc/train.jsonl', 'wnut17/train.jsonl'].flatMap((file) => {
  const path = resolve(dataDir, file);
  return existsSync(path) ? readJsonlTexts(path) : [];
});
// That first pass is mostly the JIT, not the posts: kinds of input the dev texts never showed (longer posts, new
// branches, new object shapes) make V8 throw away optimised code some 40 times and recompile large functions
// (person detect with the inlined tagger, the lexicon scan, tokenise, check). Once V8 has seen varied input,
// unseen posts run as fast as seen ones, so the settled row checks posts of another corpus (Davidson et al.
// 2017), each once, after the first pass.
const settledPath = resolve(dataDir, 'davidson2017/all.jsonl');
const settledTexts = existsSync(settledPath) ? readJsonlTexts(settledPath) : [];
let unseen: { check: Stats; redact: Stats; again: Stats; settled?: Stats } | undefined;
if (unseenTexts.length > 0) {
  const once = (items: readonly string[], fn: (t: string) => unknown): Stats => timeEach(items, fn, 0, 1, false);
  for (let i = 0; i < 3; i++) for (const t of texts) { check({ text: t }); redactor.redact(t); }
  const first = once(unseenTexts, (t) => check({ text: t }));
  const redactOnce = once(unseenTexts, (t) => redactor.redact(t));
  const again = once(unseenTexts, (t) => check({ text: t }));
  const settled = settledTexts.length > 0 ? once(settledTexts, (t) => check({ text: t })) : undefined;
  unseen = { check: first, redact: redactOnce, again, ...(settled === undefined ? {} : { settled }) };
  log(`Unseen posts: ${unseenTexts.length} posts of BTC train + WNUT-17 train, each checked once (the first pass includes V8 re-optimising for input unlike BTC dev):`);
  log(statRow('check() (default policy)', unseen.check));
  log(statRow('redact-pii SyncRedactor.redact()', unseen.redact));
  log(statRow('check(), the same posts again', again));
  if (settled !== undefined) log(statRow(`check(), ${settledTexts.length} Davidson posts once`, settled));
  log(`check() is ${f(unseen.check.postsPerSec / unseen.redact.postsPerSec, 2)}× redact-pii on unseen posts; ` +
    `per CPU-second: first pass ${f(first.cpuPostsPerSec, 0)}, again ${f(again.cpuPostsPerSec, 0)}` +
    (settled === undefined ? '' : `, Davidson once (JIT settled) ${f(settled.cpuPostsPerSec, 0)}`) + '\n');
}

log('Where the time goes (cumulative stages first, then recognisers alone):');
log(row(['', 'posts/s', 'mean µs', 'p50 µs', 'p99 µs', 'max µs'], STAT_COLS));
const policy = getCompiledPolicy(DEFAULT_POLICY);
const stageMs = Math.max(1000, (seconds * 1000) / 2);
const normTok = timeEach(texts, (t) => {
  const norm = normalise(t);
  lexView(norm);
  tokenise(norm.text);
}, stageMs);
log(statRow('normalise + tokenise', normTok));
const prep = timeEach(texts, (t) => prepare(t, policy), stageMs);
log(statRow('… + recognisers (prepare)', prep));
// Measured again here so the three cumulative rows share the same conditions.
const fullAgain = timeEach(posts, (p) => check(p), stageMs);
log(statRow('… + facts, rules (check)', fullAgain));
const contexts: RecognizeContext[] = texts.map((t) => {
  const norm = normalise(t);
  return { norm, lex: lexView(norm), tokens: tokenise(norm.text), policy };
});
// The name tagger's spans are cached per token array (PERSON and LOCATION share
// them), so each timed call gets a fresh copy or only the first pass would pay.
const fresh = (ctx: RecognizeContext): RecognizeContext => ({ ...ctx, tokens: ctx.tokens.slice() });
const recog = timeEach(contexts, (ctx) => {
  const c = fresh(ctx);
  for (const r of RECOGNIZERS) r.detect(c);
}, stageMs);
log(statRow(`recognisers only (${RECOGNIZERS.length})`, recog));
const perRecognizer = RECOGNIZERS.map((r) => ({
  name: r.meta.name, meanUs: timeEach(contexts, (ctx) => r.detect(fresh(ctx)), 200, 1).meanUs,
})).sort((a, b) => b.meanUs - a.meanUs);
log(`slowest recognisers (mean µs/post): ${perRecognizer.slice(0, 5).map((r) => `${r.name} ${f(r.meanUs, 2)}`).join(', ')}`);
// Each rule alone, on contexts prepared once (facts come from the engine's
// internals: a measuring script may reach in; the product may not).
const now = new Date();
const ruleContexts: RuleContext[] = texts.map((text) => {
  const p = prepare(text, policy);
  const facts = computeFacts(p);
  return { post: { text }, norm: p.norm, lex: p.lex, tokens: p.tokens, entities: p.entities, facts, policy, now };
});
const factsUs = timeEach(ruleContexts, (ctx) => computeFacts(ctx), 200, 1).meanUs;
const perRule = RULES.map((r) => ({
  id: r.meta.id, meanUs: timeEach(ruleContexts, (ctx) => r.check(ctx), 150, 1).meanUs,
})).sort((a, b) => b.meanUs - a.meanUs);
log(`slowest rules (mean µs/post; facts ${f(factsUs, 2)}): ${perRule.slice(0, 5).map((r) => `${r.id} ${f(r.meanUs, 2)}`).join(', ')}`);

log(`\nHostile inputs (target < ${HOSTILE_TARGET_MS} ms per check of 10,000 characters; longer texts pro rata):`);
const HOST_COLS = [20, 8, 11, 9, 5];
log(row(['', 'chars', 'median ms', 'max ms', ''], HOST_COLS));
const hostile = hostileInputs().map(({ name, text }) => {
  const r = timeHostile(name, text);
  log(row([r.name, String(r.length), f(r.medianMs, 2), f(r.maxMs, 2), r.ok ? 'ok' : 'SLOW'], HOST_COLS));
  return r;
});
const slow = hostile.filter((h) => !h.ok).length;
log(slow === 0 ? 'All hostile inputs under target.' : `${slow} hostile input(s) over target.`);

// Does time grow linearly with length? Doubling the text should about double the time.
log('\nScaling on mixed tweets (median ms per check; ×: ratio to the half-length text):');
const scaling = [12_500, 25_000, 50_000, 100_000].map((n) => {
  const text = mixedTweets(n);
  const ms = (fn: () => unknown): number => {
    fn();
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = process.hrtime.bigint();
      fn();
      runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  return {
    chars: n,
    normaliseTokeniseMs: ms(() => tokenise(lexView(normalise(text)).text)),
    prepareMs: ms(() => prepare(text, policy)),
    checkMs: ms(() => check({ text })),
  };
});
const SCALE_COLS = [20, 12, 12, 12, 7];
log(row(['chars', 'norm+tok ms', 'prepare ms', 'check ms', '×'], SCALE_COLS));
scaling.forEach((s, i) => {
  const prev = scaling[i - 1];
  log(row([String(s.chars), f(s.normaliseTokeniseMs, 2), f(s.prepareMs, 2), f(s.checkMs, 2),
    prev === undefined ? '' : f(s.checkMs / prev.checkMs, 2)], SCALE_COLS));
});

if (args.json === true) {
  console.log(JSON.stringify({
    node: process.version, cpu: cpus()[0]?.model, data: { file: 'btc/dev.jsonl', posts: texts.length },
    check: full, redactPii: redact, ratio, unseen,
    stages: { normaliseTokenise: normTok, prepare: prep, recognizers: recog, full: fullAgain, perRecognizer, factsUs, perRule },
    hostile, hostileTargetMs: HOSTILE_TARGET_MS, scaling,
  }, null, 2));
}
