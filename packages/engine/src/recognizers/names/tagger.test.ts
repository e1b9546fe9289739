import { describe, expect, it } from 'vitest';
import { normalise } from '../../pipeline/normalise.js';
import { tokenise } from '../../pipeline/tokenise.js';
import { learnedTagger, nameTagger } from './index.js';
import type { NameSpan } from './types.js';

function tag(text: string): { spans: NameSpan[]; view: string } {
  const view = normalise(text).text;
  return { spans: nameTagger.tag(tokenise(view), view), view };
}

/** Surfaces of the PER spans. */
function people(text: string): string[] {
  const { spans, view } = tag(text);
  return spans.filter((s) => s.label === 'PER').map((s) => view.slice(s.start, s.end));
}

describe('learned name tagger', () => {
  it('is the active tagger and loads its model', () => {
    expect(nameTagger).toBe(learnedTagger);
    expect(learnedTagger.warm()).toBeGreaterThan(1000);
  });

  it.each([
    ['PC Andrew Harper attended the scene', 'Andrew Harper'],
    ['John Brown, 34, of Kettering was jailed for six years', 'John Brown'],
    ['Thanks to Sarah Jones for handing in the wallet', 'Sarah Jones'],
  ])('tags the person in %j', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('tags lower-case names in tweet context', () => {
    expect(people('thanks to john smith for handing in the wallet')).toContain('john smith');
    expect(people('well done to sarah and tom for their help today').length).toBeGreaterThan(0);
  });

  it('does not tag a place that looks like a person', () => {
    const { spans, view } = tag('collision near Abington Park');
    const per = spans.filter((s) => s.label === 'PER').map((s) => view.slice(s.start, s.end));
    expect(per.filter((p) => p.includes('Abington'))).toEqual([]);
    expect(people('Officers were called to a disturbance in Northampton')).toEqual([]);
    // A first name before a place word is a place, whatever the model thought.
    expect(people('Sgt Kingsley attended a collision near Kingsley Park').filter((p) => p.includes('Park'))).toEqual([]);
    const park = tag('collision near Kingsley Park');
    expect(park.spans.filter((s) => s.label === 'PER')).toEqual([]);
  });

  it('never returns a handle as (part of) a name', () => {
    for (const text of ['@johnsmith thanks John for the help', 'RT @SarahJones: Sarah Jones @mike_brown', '@PCAndrewHarper']) {
      const view = normalise(text).text;
      const tokens = tokenise(view);
      for (const s of nameTagger.tag(tokens, view)) {
        for (let i = s.firstToken; i < s.endToken; i++) expect(tokens[i]!.kind).not.toBe('handle');
      }
    }
  });

  it('gives spans consistent with their tokens and confidences in [0, 1]', () => {
    const text = 'Sgt Amy Lee and PCSO Tom Hart met Mr Patel in Kettering, Northampton and #Corby';
    const view = normalise(text).text;
    const tokens = tokenise(view);
    const spans = nameTagger.tag(tokens, view);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.start).toBe(tokens[s.firstToken]!.start);
      expect(s.end).toBe(tokens[s.endToken - 1]!.end);
      expect(['PER', 'LOC']).toContain(s.label);
    }
  });

  it('is more confident about a clear name than a doubtful one', () => {
    const clear = tag('PC Andrew Harper attended the scene').spans.find((s) => s.label === 'PER');
    expect(clear?.confidence ?? 0).toBeGreaterThan(0.7);
  });

  it('handles empty and odd input', () => {
    expect(tag('').spans).toEqual([]);
    expect(tag('!!! ??? 123').spans.filter((s) => s.label === 'PER')).toEqual([]);
    expect(() => tag('x'.repeat(5000) + ' John Smith ' + '\u{1F600}'.repeat(300))).not.toThrow();
  });

  it('is deterministic', () => {
    const text = 'Jenny Wren and Bob Smith from Daventry';
    expect(tag(text)).toEqual(tag(text));
  });
});
