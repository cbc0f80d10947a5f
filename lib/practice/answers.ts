/** True when the chosen indices are exactly the right ones: no partial credit, as in an interview. */
export function sameSet(chosen: readonly number[], wanted: readonly number[]): boolean {
  const a = new Set(chosen);
  const b = new Set(wanted);
  return a.size === b.size && [...a].every((x) => b.has(x));
}
