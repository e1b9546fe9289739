import { describe, expect, it } from 'vitest';
import { normalise } from '../packages/engine/src/pipeline/normalise.js';
import { tokenise } from '../packages/engine/src/pipeline/tokenise.js';
import { decodeClusters, encodeClusters } from '../packages/engine/src/recognizers/names/clusters.js';
import { NUM_TAGS } from '../packages/engine/src/recognizers/names/decode.js';
import { FeatureScratch } from '../packages/engine/src/recognizers/names/features.js';
import { Gaz, decodeGazetteer, encodeGazetteer } from '../packages/engine/src/recognizers/names/gazetteer.js';
import { fnv1a } from '../packages/engine/src/recognizers/names/hash.js';
import { seededRandom } from '../packages/engine/src/recognizers/names/perceptron.js';
import { WordScorer } from '../packages/engine/src/recognizers/names/scorer.js';
import { markOnlyO } from '../packages/engine/src/recognizers/names/tagger.js';
import { loadModel, type ModelData } from '../packages/engine/src/recognizers/names/model.js';
import { WindowNet } from '../packages/engine/src/recognizers/names/window-net.js';
import { EMB, mlpOptions, netData, netExample } from './names-net.js';
import { WindowMlp, type MlpExample } from './window-mlp.js';

/** Toy sentences: tag 1 where the token's first dimension is positive and its left neighbour has flag 4 set. */
function toy(random: () => number, count: number): MlpExample[] {
  return Array.from({ length: count }, () => {
    const n = 8;
    const x = new Float32Array(n * 6);
    const gold = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < 3; d++) x[i * 6 + d] = random() * 2 - 1;
      if (random() < 0.5) x[i * 6 + 4] = 1;
    }
    for (let i = 1; i < n; i++) gold[i] = x[(i - 1) * 6 + 4] === 1 && x[i * 6]! > 0 ? 1 : 0;
    return { n, x, gold, use: new Uint8Array(n).fill(1) };
  });
}

function accuracy(net: WindowMlp, examples: readonly MlpExample[]): number {
  let right = 0, total = 0;
  const lp = new Float64Array(8 * NUM_TAGS);
  for (const ex of examples) {
    net.logProbs(ex, lp);
    for (let i = 0; i < ex.n; i++) {
      const row = [...lp.subarray(i * NUM_TAGS, (i + 1) * NUM_TAGS)];
      if (row.indexOf(Math.max(...row)) === ex.gold[i]) right++;
      total++;
    }
  }
  return right / total;
}

describe('WindowMlp', () => {
  for (const proj of [0, 2]) {
    it(`learns a tag that depends on the token and its left neighbour (projection ${proj})`, () => {
      const random = seededRandom(5);
      const train = toy(random, 400);
      const test = toy(random, 100);
      const net = new WindowMlp({ dim: 6, embDims: 3, hidden: 16, rate: 0.01, dropout: 0, oovIndex: 3, padIndex: 5, proj }, random);
      const before = accuracy(net, test);
      for (let e = 0; e < 8; e++) net.trainEpoch(train, random);
      expect(accuracy(net, test)).toBeGreaterThan(0.95);
      expect(accuracy(net, test)).toBeGreaterThan(before);
    });
  }

  it('restores a snapshot to the same outputs', () => {
    const random = seededRandom(1);
    const data = toy(random, 50);
    const a = new WindowMlp({ dim: 6, embDims: 3, hidden: 4, rate: 0.01, dropout: 0.2, oovIndex: 3, padIndex: 5, proj: 2 }, random);
    a.trainEpoch(data, random);
    const b = new WindowMlp(a.o, seededRandom(9));
    b.restore(a.snapshot());
    const la = new Float64Array(8 * NUM_TAGS), lb = new Float64Array(8 * NUM_TAGS);
    a.logProbs(data[0]!, la);
    b.logProbs(data[0]!, lb);
    expect(lb).toEqual(la);
  });
});

describe('netData', () => {
  it('ships a network whose run-time votes match the trained one (up to 8-bit word vectors)', () => {
    const words = ['john', 'smith', 'thanks', 'to', 'for', 'the', 'wallet', 'kettering'];
    const clustersData = encodeClusters(new Map(words.map((w, i) => [w, i % 2])), [0, 0]);
    const clusters = decodeClusters(clustersData);
    const random = seededRandom(2);
    const vectors = new Map(words.map((w) => [fnv1a(w), Float32Array.from({ length: EMB }, () => random() * 2 - 1)]));
    const gazData = encodeGazetteer(new Map([['john', Gaz.First], ['smith', Gaz.Last]]));
    const gazetteer = decodeGazetteer(gazData);
    gazetteer.clusters = clusters;
    const scratch = new FeatureScratch();
    const posts = ['thanks to John Smith for the wallet', 'Kettering: john smith, @handle and Qwerty'];
    const examples = posts.map((text) => {
      const view = normalise(text).text;
      const tokens = tokenise(view);
      const onlyO = new Uint8Array(tokens.length);
      markOnlyO(tokens, onlyO);
      const gold = Uint8Array.from(tokens, (t) => (/^(john|smith)$/i.test(t.text) ? 1 : 0));
      return netExample(tokens, view, gazetteer, 10, scratch, vectors, gold, onlyO);
    });
    const mlp = new WindowMlp(mlpOptions(4, 2, 0.01, 0), random);
    for (let e = 0; e < 20; e++) mlp.trainEpoch(examples, random);
    const data = netData(mlp, clusters, vectors, 3);
    const net = new WindowNet(data, clusters);
    posts.forEach((text, k) => {
      const view = normalise(text).text;
      const tokens = tokenise(view);
      const s = new FeatureScratch();
      const skip = new Uint8Array(tokens.length);
      const em = new Float64Array(tokens.length * NUM_TAGS);
      // The run-time path: the scorer describes the tokens and marks the skipped ones, then the network votes.
      const model: ModelData = {
        format: 1, bits: 10, encoding: 'linear8', scale: 1, trans: new Array<number>((NUM_TAGS + 1) * NUM_TAGS).fill(0),
        weights: '', gazetteer: gazData, calibration: { a: 1, b: 0 }, clusters: { fingerprint: fnv1a(clustersData), words: words.length },
      };
      new WordScorer(loadModel(model, clustersData)).score(tokens, view, s, skip, em);
      em.fill(0);
      net.addTo(s, tokens.length, skip, em);
      const want = new Float64Array(tokens.length * NUM_TAGS);
      mlp.logProbs(examples[k]!, want);
      expect([...skip]).toEqual([...examples[k]!.use].map((u) => 1 - u));
      // Up to a constant per token (the run time leaves out the softmax's normaliser).
      for (let e = 0; e < want.length; e += NUM_TAGS) {
        for (let t = 1; t < NUM_TAGS; t++) expect(em[e + t]! - em[e]!).toBeCloseTo(3 * (want[e + t]! - want[e]!), 1);
      }
    });
  });
});
