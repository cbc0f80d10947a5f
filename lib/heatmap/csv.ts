import type { MaskedMatrix } from './types';

export interface CsvOptions {
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** Top-left cell, e.g. "query \\ key". */
  corner?: string;
  /** Text for masked cells; empty by default so spreadsheets see a blank, not a number. */
  maskedText?: string;
  /** Significant digits; 7 matches float32, so 0.1f prints as 0.1, not 0.10000000149. */
  precision?: number;
}

const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * One CSV field (RFC 4180 quoting). Labels are tokens from user text, so a leading = + - @ gets
 * a ' prefix to stop spreadsheets from running it as a formula (OWASP CSV injection), unless
 * the label is a plain number such as "-1".
 */
export function csvField(text: string, isLabel: boolean = false): string {
  let s = text;
  if (isLabel && /^[=+\-@\t\r]/.test(s) && !NUMERIC.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvNumber(v: number, precision: number = 7): string {
  if (!Number.isFinite(v)) return String(v); // NaN, Infinity, -Infinity: what parsers accept
  return String(Number(v.toPrecision(precision)));
}

/** The matrix as CSV: a header row of column labels, then one row per row label. */
export function toCsv(m: MaskedMatrix, opts: CsvOptions): string {
  const lines: string[] = [];
  const header = [csvField(opts.corner ?? '', true)];
  for (let c = 0; c < m.cols; c++) header.push(csvField(opts.colLabels[c] ?? String(c), true));
  lines.push(header.join(','));
  for (let r = 0; r < m.rows; r++) {
    const row = [csvField(opts.rowLabels[r] ?? String(r), true)];
    for (let c = 0; c < m.cols; c++) {
      const i = r * m.cols + c;
      row.push(
        m.mask[i] ? csvField(opts.maskedText ?? '') : csvNumber(m.values[i], opts.precision),
      );
    }
    lines.push(row.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
