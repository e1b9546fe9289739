import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { NUM_TAGS } from './decode.js';
import { FeatureScratch, extractFeatures } from './features.js';
import { MODEL_DATA } from './model-data.js';
import { loadModel } from './model.js';
import { WordScorer } from './scorer.js';
import { codedEmissions, markOnlyO } from './tagger.js';

const model = loadModel(MODEL_DATA);

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
});
