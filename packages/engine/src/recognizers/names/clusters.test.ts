import { describe, expect, it } from 'vitest';
import { FINE_MASK, NO_CLUSTERS, decodeClusters, encodeClusters } from './clusters.js';
import { CLUSTERS_DATA } from './clusters-data.js';
import { NUM_TAGS } from './decode.js';
import { FeatureScratch } from './features.js';
import { encodeGazetteer } from './gazetteer.js';
import { fnv1a } from './hash.js';
import { loadModel, type ModelData } from './model.js';
import { MODEL_DATA } from './model-data.js';
import { describe as describeToken, PAD } from './token-info.js';
import { tokenise } from '../../pipeline/tokenise.js';

describe('word clusters', () => {
  it('round-trip through hashes: fine id + 1 low, coarse id + 1 high, 0 for unknown words', () => {
    const data = encodeClusters(new Map([['kingsley', 2], ['clooney', 2], ['abington', 0], ['lol', 1]]), [5, 6, 5]);
    const c = decodeClusters(data);
    expect(c.size).toBe(4);
    expect(c.get(fnv1a('kingsley'))).toBe(3 | (6 << 12));
    expect(c.get(fnv1a('clooney'))).toBe(c.get(fnv1a('kingsley')));
    expect(c.get(fnv1a('abington')) & FINE_MASK).toBe(1);
    expect(c.get(fnv1a('abington')) >>> 12).toBe(6);
    expect(c.get(fnv1a('lol')) >>> 12).toBe(7);
    expect(c.get(fnv1a('zzyzx'))).toBe(0);
    expect(NO_CLUSTERS.get(fnv1a('kingsley'))).toBe(0);
  });

  it('reject truncated data with a clear error', () => {
    const data = encodeClusters(new Map([['kingsley', 0], ['clooney', 1]]), [0, 1]);
    expect(() => decodeClusters(data.slice(0, 4))).toThrow(/truncated/);
  });

  it('shipped clusters put given names together and apart from ordinary words', () => {
    const c = decodeClusters(CLUSTERS_DATA);
    expect(c.size).toBeGreaterThan(90_000);
    const fine = (w: string): number => c.get(fnv1a(w)) & FINE_MASK;
    expect(fine('david')).toBeGreaterThan(0);
    expect(fine('david')).toBe(fine('michael'));
    expect(fine('david')).not.toBe(fine('table'));
    expect(fine('wednesday')).toBe(fine('thursday'));
  });

  it('are what the tagger sees of a word, lower-cased, and nothing for handles', () => {
    const model = loadModel(MODEL_DATA, CLUSTERS_DATA);
    const text = 'KINGSLEY thanks @kingsley';
    const tokens = tokenise(text);
    const s = new FeatureScratch();
    s.ensure(tokens.length + 2 * PAD);
    tokens.forEach((t, i) => describeToken(t, i + PAD, s, model.gazetteer, text));
    expect(s.clus[PAD]).toBe(model.gazetteer.clusters.get(fnv1a('kingsley')));
    expect(s.clus[PAD]).toBeGreaterThan(0);
    expect(s.clus[PAD + 2]).toBe(0);
  });

  it('must be the ones the model was trained with', () => {
    expect(MODEL_DATA.clusters?.fingerprint).toBe(fnv1a(CLUSTERS_DATA));
    expect(() => loadModel(MODEL_DATA)).toThrow(/other word clusters/);
    const other = encodeClusters(new Map([['kingsley', 0]]), [0]);
    expect(() => loadModel(MODEL_DATA, other)).toThrow(/other word clusters/);
    const bare: ModelData = {
      format: 1, bits: 2, encoding: 'linear8', scale: 1, trans: new Array<number>((NUM_TAGS + 1) * NUM_TAGS).fill(0),
      weights: '', gazetteer: encodeGazetteer(new Map()), calibration: { a: 1, b: 0 },
    };
    expect(loadModel(bare).gazetteer.clusters.size).toBe(0);
  });
});
