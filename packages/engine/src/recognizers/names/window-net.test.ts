import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { decodeClusters, encodeClusters, type WordClusters } from './clusters.js';
import { fromBase64, toBase64 } from './codec.js';
import { NUM_TAGS } from './decode.js';
import { FeatureScratch, extractFeatures } from './features.js';
import { Gaz, decodeGazetteer, encodeGazetteer } from './gazetteer.js';
import { seededRandom } from './perceptron.js';
import { markOnlyO } from './tagger.js';
import { PAD } from './token-info.js';
import { SHAPE, SHAPE_DIMS, WIN, WindowNet, floatsFromBase64, floatsToBase64, writeShape, type NetData } from './window-net.js';

const WORDS = ['john', 'smith', 'thanks', 'kettering', 'the', 'for', 'wallet', 'park'];
const clusters: WordClusters = decodeClusters(encodeClusters(new Map(WORDS.map((w, i) => [w, i % 3])), [0, 0, 1]));
const gazetteer = decodeGazetteer(encodeGazetteer(new Map([['john', Gaz.First], ['smith', Gaz.Last], ['the', Gaz.Common]])));
gazetteer.clusters = clusters;

const H = 3, B = 2;
const SLOT = B + SHAPE_DIMS;
function makeNet(seed: number): NetData {
  const random = seededRandom(seed);
  const params = Float32Array.from({ length: H * WIN * SLOT + H + NUM_TAGS * H + NUM_TAGS }, () => random() * 2 - 1);
  const codes = Int8Array.from({ length: clusters.hashes.length * B }, () => Math.round(random() * 254 - 127));
  return { hidden: H, proj: B, alpha: 2.5, params: floatsToBase64(params), vectors: toBase64(new Uint8Array(codes.buffer)), vecScale: [0.01, 0.02] };
}

/** The post's descriptions as the tagger leaves them, and its forced-O tokens. */
function prepared(text: string): { s: FeatureScratch; n: number; skip: Uint8Array } {
  const view = normalise(text).text;
  const tokens = tokenise(view);
  const skip = new Uint8Array(tokens.length);
  markOnlyO(tokens, skip);
  const s = new FeatureScratch();
  extractFeatures(tokens, view, gazetteer, 10, s, skip);
  return { s, n: tokens.length, skip };
}

/** The network's votes computed the long way: each window's full input vector, then the layers. */
function reference(data: NetData, text: string): Float64Array {
  const { s, n, skip } = prepared(text);
  const p = floatsFromBase64(data.params);
  const IN = WIN * SLOT;
  const w1 = p.subarray(0, H * IN), b1 = p.subarray(H * IN, H * IN + H);
  const w2 = p.subarray(H * IN + H, H * IN + H + NUM_TAGS * H), b2 = p.subarray(H * IN + H + NUM_TAGS * H);
  const codes = new Int8Array(fromBase64(data.vectors).slice().buffer);
  const slotOf = (q: number): Float32Array => {
    const v = new Float32Array(SLOT);
    const row = s.kind[q] === 0 ? -1 : [...clusters.hashes].indexOf(s.word[q]!);
    for (let d = 0; d < B && row >= 0; d++) v[d] = codes[row * B + d]! * data.vecScale[d]!;
    writeShape(s, q, row >= 0, v, B);
    return v;
  };
  const em = new Float64Array(n * NUM_TAGS);
  for (let i = 0; i < n; i++) {
    if (skip[i] === 1) continue;
    const x = new Float32Array(IN);
    for (let q = 0; q < WIN; q++) x.set(slotOf(i + q), q * SLOT);
    const h = Array.from({ length: H }, (_, j) => Math.max(0, b1[j]! + x.reduce((a, xk, k) => a + w1[j * IN + k]! * xk, 0)));
    const z = Array.from({ length: NUM_TAGS }, (_, t) => b2[t]! + h.reduce((a, hj, j) => a + w2[t * H + j]! * hj, 0));
    const lse = Math.log(z.reduce((a, zt) => a + Math.exp(zt), 0));
    for (let t = 0; t < NUM_TAGS; t++) em[i * NUM_TAGS + t] = data.alpha * (z[t]! - lse);
  }
  return em;
}

/**
 * Votes equal up to a constant per token: the run time leaves out the
 * softmax's normaliser, which shifts every path through a token alike.
 */
function expectSameVotes(got: Float64Array, want: Float64Array): void {
  for (let e = 0; e < got.length; e += NUM_TAGS) {
    for (let t = 1; t < NUM_TAGS; t++) expect(got[e + t]! - got[e]!).toBeCloseTo(want[e + t]! - want[e]!, 4);
  }
}

function votes(net: WindowNet, text: string): Float64Array {
  const { s, n, skip } = prepared(text);
  const em = new Float64Array(n * NUM_TAGS);
  net.addTo(s, n, skip, em);
  return em;
}

const POSTS = [
  'thanks to John Smith for the wallet',
  'RT @kettering: john smith at #JohnSmith park http://t.co/x',
  'JOHN. John! john, Zzyzx Qwerty 12',
  '',
  'x',
];

describe('writeShape', () => {
  it('writes case class, kind, word-list bits, sentence start and the unknown flag; padding gets its flag only', () => {
    const { s } = prepared('John said');
    const v = new Float32Array(SHAPE_DIMS * 2);
    writeShape(s, PAD, true, v, 0);
    expect([...v.subarray(0, SHAPE_DIMS)].map((x, k) => (x === 1 ? k : -1)).filter((k) => k >= 0))
      .toEqual([SHAPE.cap + 1, SHAPE.kind + 1, SHAPE.gaz, SHAPE.start]);
    writeShape(s, PAD + 1, false, v, SHAPE_DIMS);
    expect(v[SHAPE_DIMS + SHAPE.cap]).toBe(1);
    expect(v[SHAPE_DIMS + SHAPE.start]).toBe(0);
    expect(v[SHAPE_DIMS + SHAPE.unknown]).toBe(1);
    writeShape(s, 0, false, v, 0);
    expect([...v.subarray(0, SHAPE_DIMS)].reduce((a, x) => a + x, 0)).toBe(1);
    expect(v[SHAPE.pad]).toBe(1);
  });
});

describe('WindowNet', () => {
  const data = makeNet(3);

  it('adds alpha × the log-probabilities of the layers (up to a constant per token), for the tokens not forced to O only', () => {
    const net = new WindowNet(data, clusters);
    for (const post of POSTS) {
      const got = votes(net, post);
      const want = reference(data, post);
      expect(got.length).toBe(want.length);
      expectSameVotes(got, want);
    }
    const { skip } = prepared(POSTS[1]!);
    const got = votes(net, POSTS[1]!);
    expect(skip.some((x) => x === 1)).toBe(true);
    skip.forEach((x, i) => { if (x === 1) expect([...got.subarray(i * NUM_TAGS, (i + 1) * NUM_TAGS)]).toEqual(new Array(NUM_TAGS).fill(0)); });
  });

  it('gives the same votes from its cache, and when a post outgrows the cache', () => {
    const long = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? `Word${i}` : WORDS[i % WORDS.length])).join(' ');
    const roomy = new WindowNet(data, clusters);
    const first = votes(roomy, long);
    expect(votes(roomy, long)).toEqual(first);
    // Four entries: most tokens of the post go through the per-post ring, and the cache empties between posts.
    const tight = new WindowNet(data, clusters, 4);
    for (let k = 0; k < 3; k++) expect(votes(tight, long)).toEqual(first);
    expect(votes(tight, POSTS[0]!)).toEqual(votes(roomy, POSTS[0]!));
  });

  it('stays quiet where the linear model is surer of O than its gate', () => {
    const post = 'thanks to John Smith for the wallet';
    const open = votes(new WindowNet(data, clusters), post);
    const gated = new WindowNet({ ...data, gate: 50 }, clusters);
    const { s, n, skip } = prepared(post);
    const em = new Float64Array(n * NUM_TAGS);
    // Linear scores: O ahead by 100 on "to" (quiet), by 10 on "John" (votes). Both are scored tokens.
    expect(skip[1]).toBe(0);
    expect(open.subarray(NUM_TAGS, 2 * NUM_TAGS).some((v) => v !== 0)).toBe(true);
    em[NUM_TAGS] = 100;
    em[2 * NUM_TAGS] = 10;
    gated.addTo(s, n, skip, em);
    expect([...em.subarray(NUM_TAGS, 2 * NUM_TAGS)]).toEqual([100, 0, 0, 0, 0, 0, 0]);
    for (let t = 0; t < NUM_TAGS; t++) expect(em[2 * NUM_TAGS + t]).toBeCloseTo((t === 0 ? 10 : 0) + open[2 * NUM_TAGS + t]!, 9);
  });

  it('rejects data of the wrong size with a clear error', () => {
    expect(() => new WindowNet({ ...data, hidden: 4 }, clusters)).toThrow(/wrong size/);
    expect(() => new WindowNet({ ...data, vecScale: [1] }, clusters)).toThrow(/do not match/);
    const fewer = decodeClusters(encodeClusters(new Map([['john', 0]]), [0]));
    expect(() => new WindowNet(data, fewer)).toThrow(/do not match/);
    expect(() => floatsFromBase64('AAA=')).toThrow(/corrupt/);
  });

  it('keys its cache by everything a token vector depends on: a word starting a sentence is another entry', () => {
    const net = new WindowNet(data, clusters);
    votes(net, 'thanks to John and John');
    expectSameVotes(votes(net, 'thanks. John'), reference(data, 'thanks. John'));
  });
});
