import { describe, expect, it } from 'vitest';
import { configFromSearch, configToSearch, defaultConfig } from './config';

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
