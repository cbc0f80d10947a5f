import { describe, expect, it } from 'vitest';
import { configFromSearch, configProblems, configToSearch, defaultConfig } from './config';

describe('lab settings in the URL', () => {
  it('round-trips every setting', () => {
    const config = {
      ...defaultConfig,
      task: 'recall' as const,
      length: 9,
      heads: 4,
      causal: true,
      lr: 0.003,
    };
    const search = configToSearch(config);
    expect(search).toBe('t=recall&n=9&h=4&c=1&lr=0.003');
    expect(configFromSearch(search)).toEqual({ config, ignored: [] });
  });

  it('drops a bad value and keeps the rest', () => {
    expect(configFromSearch('l=9&h=4&c=yes')).toEqual({
      config: { ...defaultConfig, heads: 4 },
      ignored: ['l', 'c'],
    });
  });

  it('falls back to the defaults for a combination that cannot work', () => {
    expect(configFromSearch('h=3').config).toEqual(defaultConfig);
  });
});

describe('lab settings problems', () => {
  it('are codes with parameters, which the page words in its language', () => {
    expect(configProblems(null)).toEqual([{ code: 'lab.problem.missing' }]);
    expect(configProblems({ ...defaultConfig, width: 200 })).toEqual([
      { code: 'lab.problem.field', params: { field: 'width', value: '200' } },
    ]);
    expect(configProblems({ ...defaultConfig, heads: 3 })).toEqual([
      { code: 'lab.problem.headsDivide', params: { width: 32, heads: 3 } },
    ]);
    // Width 24 over 8 heads is 3 per head: odd, so rotary pairs do not fit.
    expect(configProblems({ ...defaultConfig, positions: 'rope', width: 24, heads: 8 })).toEqual([
      { code: 'lab.problem.ropeOdd', params: { width: 24, heads: 8 } },
    ]);
    expect(configProblems({ ...defaultConfig, task: 'recall', length: 8 })).toEqual([
      { code: 'lab.problem.recallOdd' },
    ]);
    expect(configProblems(defaultConfig)).toEqual([]);
  });
});
