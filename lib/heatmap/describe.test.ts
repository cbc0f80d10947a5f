import { describe as group, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/messages';
import { describe, describeCell } from './describe';
import { prepareView } from './prepare';

const t = translator('en');

group('describe', () => {
  it('states title, size and range', () => {
    const v = prepareView({ data: [0.1, 0.9, 0.5, 0.5], shape: [2, 2] });
    expect(describe(t, v, 'Weights')).toBe(
      'Weights: heatmap of 2 rows by 2 columns, values from 0.1 to 0.9. Each row sums to 1.',
    );
  });
  it('mentions the head, masked and non-finite cells', () => {
    const v = prepareView({ data: [1, -Infinity, NaN, 2], shape: [2, 2] });
    expect(describe(t, v, 'Scores', 'Head 2')).toBe(
      'Scores: heatmap of 2 rows by 2 columns, values from 1 to 2. Showing Head 2. ' +
        '1 cells are masked. 1 cells are not finite numbers (NaN or infinity).',
    );
  });
  it('copes with no finite value at all', () => {
    const v = prepareView({ data: [NaN], shape: [1, 1] });
    expect(describe(t, v, 'X')).toContain('no finite values');
  });
});

group('describeCell', () => {
  it('reads row, column and value', () => {
    const v = prepareView({
      data: [0.1234, -Infinity],
      shape: [1, 2],
      rowLabels: ['the'],
      colLabels: ['cat', 'sat'],
    });
    expect(describeCell(t, v, { row: 0, col: 0 })).toBe('row the, column cat, value 0.123');
    expect(describeCell(t, v, { row: 0, col: 1 })).toBe('row the, column sat, value masked');
  });
  it('is translated', () => {
    const v = prepareView({ data: [NaN], shape: [1, 1] });
    expect(describeCell(translator('zh'), v, { row: 0, col: 0 })).toBe(
      '行 0，列 0，数值 非数值 (NaN)',
    );
  });
});
