import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { NUM_TAGS, ViterbiScratch, backward, entityOf, isBegin, scoreWithSpanAsO, viterbi } from './decode.js';
import { FeatureScratch, extractFeatures } from './features.js';
import { CLUSTERS_DATA } from './clusters-data.js';
import { MODEL_DATA } from './model-data.js';
import { loadModel } from './model.js';
import { WordScorer } from './scorer.js';
import { TagScratch, codedEmissions, markOnlyO, spansWithMargins } from './tagger.js';

const model = loadModel(MODEL_DATA, CLUSTERS_DATA);

const POSTS = [
  'PC Andrew Harper attended the scene in Kettering',
  'thanks to john smith for handing in the wallet',
  'RT @SarahJones: Sarah Jones and #JohnSmith at Abington Park http://t.co/x',
  'JOHN SMITH AND JOHN SMITH. John said: john, John! 12 3.5 £20 😀',
  'Smith-Jones and O\'Connor met Mr. Patel; Dr Amy Lee, Stoke on Trent',
  '',
  'x',
  'the the the the the the the the the the the the the the the the the the',
];

/** Emissions the training path computes: all feature ids, then the packed sums. */
function reference(text: string): { em: Float64Array; skip: Uint8Array } {
  const view = normalise(text).text;
  const tokens = tokenise(view);
  const skip = new Uint8Array(tokens.length);
  markOnlyO(tokens, skip);
  const s = new FeatureScratch();
  extractFeatures(tokens, view, model.gazetteer, model.bits, s, skip);
  const em = new Float64Array(tokens.length * NUM_TAGS);
  codedEmissions(s.feats, tokens.length, model.rows, model.scale, em, skip);
  return { em, skip };
}

function scored(scorer: WordScorer, text: string): { em: Float64Array; skip: Uint8Array } {
  const view = normalise(text).text;
  const tokens = tokenise(view);
  const skip = new Uint8Array(tokens.length);
  markOnlyO(tokens, skip);
  const em = new Float64Array(tokens.length * NUM_TAGS);
  scorer.score(tokens, view, new FeatureScratch(), skip, em);
  return { em, skip };
}

describe('word-cached scorer', () => {
  it('gives exactly the emissions of the feature extractor, cold and warm', () => {
    const scorer = new WordScorer(model);
    for (let round = 0; round < 2; round++) {
      for (const text of POSTS) {
        const want = reference(text);
        const got = scored(scorer, text);
        expect(got.skip).toEqual(want.skip);
        expect(got.em).toEqual(want.em);
      }
    }
  });

  it('stays exact when words of one post share a cache slot (two-slot cache)', () => {
    const scorer = new WordScorer(model, 1);
    for (let round = 0; round < 3; round++) {
      for (const text of POSTS) expect(scored(scorer, text).em).toEqual(reference(text).em);
    }
  });
  it('stays exact across clearings of a small table, for words kept and words dropped', () => {
    // 16 entries, cleared past 8 words: every few posts, keeping the words seen twice.
    const scorer = new WordScorer(model, 4);
    const texts = [...POSTS, 'Amy Lee met Amy Lee', 'leeds LEEDS Leeds #Leeds', 'PC Amy Lee of Leeds, and John Smith of York'];
    for (let round = 0; round < 4; round++) {
      for (const text of texts) expect(scored(scorer, text).em).toEqual(reference(text).em);
    }
  });
});

describe('decoding by stretches', () => {
  it('finds the spans and margins of one whole-post decode', () => {
    const s = new TagScratch();
    const texts = [...POSTS, 'Thanks to PC Amy Lee and John Smith, who found Mrs Patel near Abington Park, Northampton. @bob #JohnSmith',
      'john smith and mary jones from leeds', 'CALL 101 IF YOU SEE JOHN SMITH OR DAVE JONES IN CORBY'];
    let spans = 0;
    for (const text of texts) {
      const view = normalise(text).text;
      const tokens = tokenise(view);
      const got = spansWithMargins(model, tokens, view, s);
      spans += got.length;
      // Reference: one Viterbi over the whole post with the same emissions (left in the scratch by the call).
      const n = tokens.length;
      if (n === 0) continue;
      const tags = new Uint8Array(n);
      const vit = new ViterbiScratch();
      const best = viterbi(s.em, n, model.trans, s.onlyO, tags, vit);
      const bwd = new Float64Array(n * NUM_TAGS);
      backward(s.em, n, model.trans, s.onlyO, bwd);
      const want: { first: number; margin: number }[] = [];
      for (let i = 0; i < n; i++) {
        if (!isBegin(tags[i]!) || entityOf(tags[i]!) === 3) continue;
        let j = i + 1;
        while (j < n && tags[j] === tags[i]! + 1) j++;
        want.push({ first: i, margin: best - scoreWithSpanAsO(s.em, n, model.trans, vit.score, bwd, i, j) });
      }
      expect(got.map((g) => g.first)).toEqual(want.map((w) => w.first));
      for (const g of got) expect(g.margin).toBeCloseTo(want.find((w) => w.first === g.first)!.margin, 6);
    }
    expect(spans).toBeGreaterThan(4);
  });
});
