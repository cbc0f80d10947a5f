/** Given labels when there is exactly one per index; otherwise "0".."n-1", never a wrong label. */
export function defaultLabels(n: number, given?: readonly string[]): string[] {
  if (given && given.length === n) return given.map(String);
  return Array.from({ length: n }, (_, i) => String(i));
}

/** Shortens long tokens for axis ticks; the full text still appears on hover and in the table. */
export function truncateLabel(label: string, max: number = 12): string {
  const chars = Array.from(label); // code points, so an emoji is never cut in half
  return chars.length <= max ? label : chars.slice(0, max - 1).join('') + '…';
}

/** Safe file name stem from a title. */
export function fileStem(title: string | undefined, fallback: string = 'heatmap'): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return stem || fallback;
}
