import { describe, expect, it } from 'vitest';
import { tableWindow } from './table';

describe('tableWindow', () => {
  it('shows small matrices whole', () => {
    expect(tableWindow(8, 10)).toEqual({ rows: 8, cols: 10, capped: false });
  });
  it('caps large ones at 64 x 64 and says so', () => {
    expect(tableWindow(1024, 1024)).toEqual({ rows: 64, cols: 64, capped: true });
    expect(tableWindow(3, 100)).toEqual({ rows: 3, cols: 64, capped: true });
  });
});
