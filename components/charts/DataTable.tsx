import styles from './Heatmap.module.css';

export interface DataTableProps {
  caption: string;
  /** Text of the top-left header cell (what the rows and columns are). */
  corner: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  cell: (row: number, col: number) => string;
  /** Shown above the table, e.g. that it is cut to the first 64 x 64. */
  note?: string;
}

/** The same numbers as the chart, as a real table with row and column headers. */
export function DataTable({ caption, corner, rowLabels, colLabels, cell, note }: DataTableProps) {
  return (
    <div>
      {note ? <p className={styles.note}>{note}</p> : null}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {colLabels.map((label, c) => (
                <th key={c} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowLabels.map((label, r) => (
              <tr key={r}>
                <th scope="row">{label}</th>
                {colLabels.map((_, c) => (
                  <td key={c}>{cell(r, c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
