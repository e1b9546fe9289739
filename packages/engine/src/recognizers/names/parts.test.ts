import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { goldTags } from './align.js';
import { decodeSparse, encodeSparse, fromBase64, toBase64 } from './codec.js';
import { ALLOWED, NUM_TAGS, ViterbiScratch, viterbi } from './decode.js';
import { FEATURES_PER_TOKEN, FeatureScratch, extractFeatures } from './features.js';
import { Gaz, decodeGazetteer, encodeGazetteer } from './gazetteer.js';
import { fnv1a, mix } from './hash.js';
import { codeAt, dequantise, linearCode, loadModel } from './model.js';
import { AveragedPerceptron, seededRandom, shuffle } from './perceptron.js';

describe('codec', () => {
  it('round-trips base64 of every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 73 + n) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(() => fromBase64('ab$d')).toThrow();
  });

  it('round-trips sparse int8 and int16 tables, skipping zero rows', () => {
    const t8 = new Int8Array(1000 * NUM_TAGS);
    t8[3 * NUM_TAGS + 1] = -128 + 1;
    t8[700 * NUM_TAGS + 6] = 127;
    expect(decodeSparse(encodeSparse(t8, NUM_TAGS, 1), 1000, NUM_TAGS, 1)).toEqual(t8);
    expect(encodeSparse(t8, NUM_TAGS, 1).length).toBeLessThan(30);
    const t16 = new Int16Array(300 * NUM_TAGS);
    t16[0] = -32767;
    t16[299 * NUM_TAGS] = 12345;
    expect(decodeSparse(encodeSparse(t16, NUM_TAGS, 2), 300, NUM_TAGS, 2)).toEqual(t16);
  });

  it('packs linear codes into rows that read back per tag', () => {
    expect(linearCode(3.2, 0.5)).toBe(6);
    expect(linearCode(-1000, 0.5)).toBe(-127);
    const data = {
      format: 1, bits: 2, encoding: 'linear8', scale: 0.5, trans: new Array<number>((NUM_TAGS + 1) * NUM_TAGS).fill(0),
      weights: toBase64(encodeSparse(Int8Array.from([0, 0, 0, 0, 0, 0, 0, -127, 1, -1, 127, 0, 2, -3]), NUM_TAGS, 1)),
      gazetteer: encodeGazetteer(new Map()), calibration: { a: 1, b: 0 },
    } as const;
    const model = loadModel(data);
    expect(Array.from({ length: NUM_TAGS }, (_, t) => codeAt(model.rows, 1, t))).toEqual([-127, 1, -1, 127, 0, 2, -3]);
    expect(Array.from({ length: NUM_TAGS }, (_, t) => codeAt(model.rows, 3, t))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(dequantise(model).subarray(NUM_TAGS, 2 * NUM_TAGS))).toEqual([-63.5, 0.5, -0.5, 63.5, 0, 1, -1.5]);
  });
});

describe('hashing', () => {
  it('returns signed 32-bit integers and separates templates', () => {
    expect(fnv1a('')).toBe(0x811c9dc5 | 0);
    expect(fnv1a('a')).toBe(0xe40c292c | 0);
    expect(mix(1, 42)).not.toBe(mix(2, 42));
    for (const v of [mix(0, 0), mix(7, -1), fnv1a('hello world')]) expect(v | 0).toBe(v);
  });
});

describe('gazetteer', () => {
  it('round-trips through hashes', () => {
    const words = new Map([['john', Gaz.First], ['smith', Gaz.Last | Gaz.KnownName], ['road', Gaz.PlaceSuffix]]);
    for (let i = 0; i < 500; i++) words.set(`w${i}`, Gaz.Common);
    const gaz = decodeGazetteer(encodeGazetteer(words));
    expect(gaz.size).toBe(words.size);
    for (const [w, bits] of words) expect(gaz.get(fnv1a(w))).toBe(bits);
    expect(gaz.get(fnv1a('zzzz-not-there'))).toBe(0);
  });
});

describe('Viterbi', () => {
  it('respects BIO: no I- after O, and forced-O tokens', () => {
    // Emissions that prefer I-PER everywhere: the decoder must start with B-PER.
    const n = 3;
    const em = new Float64Array(n * NUM_TAGS);
    for (let i = 0; i < n; i++) { em[i * NUM_TAGS + 1] = 1; em[i * NUM_TAGS + 2] = 5; }
    const trans = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
    const out = new Uint8Array(n);
    viterbi(em, n, trans, new Uint8Array(n), out, new ViterbiScratch());
    expect([...out]).toEqual([1, 2, 2]);
    viterbi(em, n, trans, Uint8Array.from([0, 1, 0]), out, new ViterbiScratch());
    expect([...out]).toEqual([1, 0, 1]);
    expect(ALLOWED[0 * NUM_TAGS + 2]).toBe(0);
  });
});

describe('features and training', () => {
  const gaz = decodeGazetteer(encodeGazetteer(new Map([['john', Gaz.First], ['smith', Gaz.Last]])));
  const text = 'Thanks John Smith @bob #Leeds';
  const tokens = tokenise(text);

  it('writes a fixed number of in-range feature rows per token', () => {
    const s = new FeatureScratch();
    extractFeatures(tokens, text, gaz, 12, s);
    const feats = s.feats.slice(0, tokens.length * FEATURES_PER_TOKEN);
    for (const f of feats) expect(f >= 0 && f < 1 << 12).toBe(true);
    const again = new FeatureScratch();
    extractFeatures(tokens, text, gaz, 12, again);
    expect(again.feats.slice(0, feats.length)).toEqual(feats);
  });

  it('aligns gold spans, counting a hashtag span without its sign', () => {
    const view = normalise(text);
    const gold = new Uint8Array(tokens.length);
    const lost = goldTags(tokens, view, [{ start: 7, end: 17, type: 1 }, { start: 24, end: 29, type: 2 }], gold);
    expect(lost).toBe(0);
    expect([...gold]).toEqual([0, 1, 2, 0, 3]);
  });

  it('learns a toy task', () => {
    const s = new FeatureScratch();
    extractFeatures(tokens, text, gaz, 12, s);
    const ex = {
      feats: s.feats.slice(0, tokens.length * FEATURES_PER_TOKEN), n: tokens.length,
      gold: Uint8Array.from([0, 1, 2, 0, 3]), onlyO: Uint8Array.from([0, 0, 0, 1, 0]),
    };
    const p = new AveragedPerceptron(12);
    for (let e = 0; e < 5; e++) p.learn(ex);
    expect(p.learn(ex)).toBe(false);
    const out = new Uint8Array(tokens.length);
    p.predict(ex, out);
    expect([...out]).toEqual([0, 1, 2, 0, 3]);
  });

  it('shuffles deterministically for a seed', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6], seededRandom(3));
    expect(shuffle([1, 2, 3, 4, 5, 6], seededRandom(3))).toEqual(a);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
