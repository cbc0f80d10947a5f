/**
 * Compares what two runs showed, value by value, within the tolerance of the PyTorch fixtures
 * (lib/attention/fixtureRunner.ts): |got - want| <= atol + rtol * |want|.
 */
export const tolerance = { atol: 1e-4, rtol: 1e-3 };

export type Tolerance = typeof tolerance;

/** A display as recorded from the worker's message, typed arrays turned into plain arrays. */
export type RecordedDisplay = { kind: string } & Record<string, unknown>;

function closeNumber(got: number, want: number, tol: Tolerance, slack = 0): boolean {
  // Infinities (masked cells) and NaN must match exactly.
  if (!Number.isFinite(want) || !Number.isFinite(got)) return Object.is(got, want);
  return Math.abs(got - want) <= tol.atol + tol.rtol * Math.abs(want) + slack;
}

/** 0.001 for 0.293; nothing for integers (counts, ids) or for more digits than a demo rounds to. */
function lastDigitUnit(value: number): number {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return decimals >= 1 && decimals <= 4 ? 10 ** -decimals : 0;
}

const numberPattern = /-?\d+(?:\.(\d+))?(?:e[-+]?\d+)?/g;

/**
 * Text that prints numbers (a table cell such as "0.52" or "cat 12.5%") matches when its words
 * are the same and each number is within tolerance, give or take one unit of its last digit.
 */
function closeText(got: string, want: string, tol: Tolerance): boolean {
  if (got === want) return true;
  const words = (s: string) => s.replace(numberPattern, '#');
  if (words(got) !== words(want)) return false;
  const wanted = [...want.matchAll(numberPattern)];
  const gotten = [...got.matchAll(numberPattern)];
  return wanted.every((m, i) => {
    const unit = m[1] ? 10 ** -m[1].length : 1;
    return closeNumber(Number(gotten[i][0]), Number(m[0]), tol, unit);
  });
}

/**
 * Paths where `got` differs from `want`, each with both values; empty when they agree. `tol` is
 * the fixtures' tolerance unless a demo needs its own (see e2e/demos.spec.ts).
 */
export function closeDisplays(
  got: unknown,
  want: unknown,
  tol: Tolerance = tolerance,
  path = 'displays',
): string[] {
  if (typeof want === 'number' && typeof got === 'number') {
    // A table cell is a number the demo rounded (toFixed): one unit of its last digit may differ.
    const slack = path.includes('.rows[') ? lastDigitUnit(want) : 0;
    return closeNumber(got, want, tol, slack) ? [] : [`${path}: ${got} vs ${want}`];
  }
  if (typeof want === 'string' && typeof got === 'string') {
    return closeText(got, want, tol)
      ? []
      : [`${path}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`];
  }
  if (Array.isArray(want) && Array.isArray(got)) {
    if (got.length !== want.length) return [`${path}: length ${got.length} vs ${want.length}`];
    // At most a few differences per array, so a report stays readable.
    return want.flatMap((w, i) => closeDisplays(got[i], w, tol, `${path}[${i}]`)).slice(0, 5);
  }
  if (want && got && typeof want === 'object' && typeof got === 'object') {
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    return [...keys].flatMap((k) =>
      closeDisplays(
        (got as Record<string, unknown>)[k],
        (want as Record<string, unknown>)[k],
        tol,
        `${path}.${k}`,
      ),
    );
  }
  return Object.is(got, want) ? [] : [`${path}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`];
}

/** A chart of milliseconds: its y axis says so, or its title, in either edition's brackets. */
const showsTimes = (d: RecordedDisplay) =>
  d.yLabel === 'ms' || (typeof d.title === 'string' && /[(（]ms[)）]/.test(d.title));

/**
 * Wall-clock times differ between backends and between runs, so a chart of milliseconds is
 * compared by its shape (series names, x and lengths) only.
 */
export function withoutTimes(displays: RecordedDisplay[]): RecordedDisplay[] {
  return displays.map((d) =>
    showsTimes(d) && Array.isArray(d.series)
      ? {
          ...d,
          series: (d.series as { name: string; values: unknown[] }[]).map((s) => ({
            name: s.name,
            values: s.values.length,
          })),
        }
      : d,
  );
}
