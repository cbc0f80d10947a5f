/** Largest table we render: a 1024 x 1024 table would be a million DOM nodes and freeze the tab. */
export const TABLE_CAP = 64;

export interface TableWindow {
  rows: number;
  cols: number;
  capped: boolean;
}

/** How much of a rows x cols matrix the table shows: the top-left cap x cap corner at most. */
export function tableWindow(rows: number, cols: number, cap: number = TABLE_CAP): TableWindow {
  const r = Math.min(rows, cap);
  const c = Math.min(cols, cap);
  return { rows: r, cols: c, capped: r < rows || c < cols };
}
