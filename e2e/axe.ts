import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** The impacts that fail a test. Minor and moderate findings are printed by axe's own tools. */
const blocking = new Set(['serious', 'critical']);

/**
 * WCAG 2.x A and AA plus axe's best practices. Monaco's own DOM is left out here: it is a
 * third-party widget whose hidden textarea and line layers trip rules (label, region) that its
 * own accessibility mode handles; we check the label we give it in the keyboard test instead,
 * and its colour contrast below.
 */
function builder(page: Page): AxeBuilder {
  return new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .exclude('.monaco-editor');
}

/** One violation per block: rule, impact, help, and each offending element with axe's summary. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, printing
 * them readably under `label` (say, "home (dark)") so a failure names the page and the theme.
 * Reusable from any spec: call it after the page reaches the state worth checking.
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await builder(page).analyze();
  const violations = [...results.violations];
  // Monaco's widget rules aside, its text must still be readable: its colours are ours to pick
  // (the theme and options CodeEditor sets), so contrast is checked inside it too.
  if ((await page.locator('.monaco-editor').count()) > 0) {
    const inEditors = await new AxeBuilder({ page })
      .include('.monaco-editor')
      .withRules(['color-contrast'])
      .analyze();
    violations.push(...inEditors.violations);
  }
  const serious = violations.filter((v) => blocking.has(v.impact ?? ''));
  // Compared as short ids so the failure shows the readable report, not a deep object diff.
  expect(
    serious.map((v) => `${v.impact} ${v.id}`),
    `${label}: serious or critical axe violations\n\n${formatViolations(serious)}\n`,
  ).toEqual([]);
}

/** Both colour schemes, in turn, for a page already in the state to check. */
export async function expectNoSeriousViolationsInBothSchemes(
  page: Page,
  label: string,
): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion turns transitions off (app/globals.css), so the new scheme's colours are
    // in place at once and axe never reads a colour halfway through a fade.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expectNoSeriousViolations(page, `${label} (${colorScheme})`);
  }
}
