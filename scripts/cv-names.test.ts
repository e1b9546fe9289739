import { describe, expect, it } from 'vitest';
import { meanSd, parseCv, parseSeeds } from './cv-names.js';

// Lines as train-names.ts --dry prints them (figures made up).
const LINEAR_LINE = 'chosen by cross-validation: 10 epochs, PER bias 4 (pooled BTC-H + WNUT-17 PER F1 0.685)';
const NET_LINE = 'chosen by cross-validation: network 3 epochs, alpha 4, PER bias 7.5 (pooled BTC-H + WNUT-17 PER F1 0.710; linear model alone 0.685)';

describe('parseCv', () => {
  it('reads the linear and network results', () => {
    const r = parseCv(`records 9732\n  fold 1 of 4 done\n${LINEAR_LINE}\nreading GloVe vectors\n${NET_LINE}\n`);
    expect(r).toEqual({ linear: 0.685, net: 0.71, settings: 'linear 10 epochs, PER bias 4; network 3 epochs, alpha 4, PER bias 7.5' });
  });

  it('reads a run without the network (--no-net)', () => {
    expect(parseCv(`${LINEAR_LINE}\n`)).toEqual({ linear: 0.685, settings: '10 epochs, PER bias 4' });
  });

  it('finds nothing in a run that stopped early', () => {
    expect(parseCv('records 9732\n  fold 1 of 4 done\n')).toBeNull();
    // An epoch line looks alike but is not the choice.
    expect(parseCv('  epoch 3: BTC-H + WNUT-17 PER F1 0.679 at bias 0\n')).toBeNull();
  });
});

describe('meanSd', () => {
  it('gives the mean and the sample standard deviation', () => {
    const { mean, sd } = meanSd([0.7, 0.71, 0.72]);
    expect(mean).toBeCloseTo(0.71, 12);
    expect(sd).toBeCloseTo(0.01, 12);
    expect(meanSd([0.5])).toEqual({ mean: 0.5, sd: 0 });
  });
});

describe('parseSeeds', () => {
  it('takes whole numbers separated by commas', () => {
    expect(parseSeeds('17, 18,19')).toEqual([17, 18, 19]);
  });

  it('refuses anything else with a message', () => {
    expect(parseSeeds('17,x')).toMatch(/whole numbers/);
    expect(parseSeeds('17,-1')).toMatch(/whole numbers/);
    expect(parseSeeds('')).toMatch(/whole numbers/);
    expect(parseSeeds('17,17')).toMatch(/twice/);
  });
});
