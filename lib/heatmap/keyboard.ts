import type { CellPosition } from './types';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const PAGE = 10;

/**
 * Next focused cell for a key press, clamped to the grid, or null when the key is not ours (so
 * the caller lets Tab and friends through). Home/End go to the row ends, with Ctrl to the
 * corners, as in a spreadsheet or an ARIA grid.
 */
export function moveCell(
  cell: CellPosition,
  input: KeyInput,
  rows: number,
  cols: number,
): CellPosition | null {
  if (rows <= 0 || cols <= 0) return null;
  const corner = input.ctrlKey === true || input.metaKey === true;
  let { row, col } = cell;
  switch (input.key) {
    case 'ArrowUp':
      row--;
      break;
    case 'ArrowDown':
      row++;
      break;
    case 'ArrowLeft':
      col--;
      break;
    case 'ArrowRight':
      col++;
      break;
    case 'PageUp':
      row -= PAGE;
      break;
    case 'PageDown':
      row += PAGE;
      break;
    case 'Home':
      col = 0;
      if (corner) row = 0;
      break;
    case 'End':
      col = cols - 1;
      if (corner) row = rows - 1;
      break;
    default:
      return null;
  }
  return { row: clamp(row, rows), col: clamp(col, cols) };
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
