import { describe, expect, it } from 'vitest';
import { moveCell } from './keyboard';

describe('moveCell', () => {
  const at = { row: 1, col: 1 };
  it('moves with arrows and clamps at the edges', () => {
    expect(moveCell(at, { key: 'ArrowRight' }, 3, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, 3, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 2 }, { key: 'ArrowDown' }, 3, 3)).toEqual({ row: 2, col: 2 });
  });
  it('Home/End go to row ends, with Ctrl to the corners', () => {
    expect(moveCell(at, { key: 'Home' }, 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveCell(at, { key: 'End' }, 3, 4)).toEqual({ row: 1, col: 3 });
    expect(moveCell(at, { key: 'Home', ctrlKey: true }, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveCell(at, { key: 'End', metaKey: true }, 3, 4)).toEqual({ row: 2, col: 3 });
  });
  it('pages by 10 rows', () => {
    expect(moveCell({ row: 5, col: 0 }, { key: 'PageDown' }, 100, 1)).toEqual({ row: 15, col: 0 });
  });
  it('ignores other keys and empty grids', () => {
    expect(moveCell(at, { key: 'Tab' }, 3, 3)).toBeNull();
    expect(moveCell(at, { key: 'ArrowUp' }, 0, 0)).toBeNull();
  });
});
