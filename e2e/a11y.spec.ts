import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothSchemes } from './axe';
import { runner } from './runner';

// Every English question page, and a sample of Chinese ones: the same components with other
// text, so the sample covers what differs (fonts, lang attributes, longer labels).
const slugs = readdirSync('content/questions').map(
  (file) => readFileSync(`content/questions/${file}`, 'utf8').match(/^slug: (.+)$/m)![1],
);
const zhSample = [
  'attention-basics',
  'self-attention',
  'multi-head-attention',
  'attention-in-knowledge-graphs',
];

/** Lets the page settle before axe reads it. Editors load only on intent, so none has yet. */
async function settled(page: Page) {
  await page.waitForLoadState('load');
}

/**
 * Loads every code block's editor, as pointing at each would, and waits for them all: axe
 * then reads the page as a learner who edits sees it, Monaco included.
 */
async function withEditorsLoaded(page: Page) {
  const placeholders = page.getByTestId('editor-placeholder');
  const count = await placeholders.count();
  if (count === 0) return false;
  // A focus event, not a hover: some blocks sit in folded answers, where a pointer cannot go.
  // All at once, since each editor that arrives takes its placeholder away.
  await placeholders.evaluateAll((all) =>
    all.forEach((el) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))),
  );
  await expect
    .poll(() => page.locator('.monaco-editor').count(), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(count);
  return true;
}

const pages: { label: string; path: string }[] = [
  { label: 'home', path: '/' },
  { label: 'home (zh)', path: '/zh/' },
  { label: 'playground', path: '/playground/' },
  { label: 'playground (zh)', path: '/zh/playground/' },
  { label: 'practice', path: '/practice/' },
  { label: 'practice (zh)', path: '/zh/practice/' },
  { label: 'diagnostics', path: '/diagnostics/' },
  { label: 'diagnostics (zh)', path: '/zh/diagnostics/' },
  { label: '404', path: '/no-such-page/' },
  ...slugs.map((slug) => ({ label: `question ${slug}`, path: `/questions/${slug}/` })),
  ...zhSample.map((slug) => ({ label: `question ${slug} (zh)`, path: `/zh/questions/${slug}/` })),
];

test.describe('axe: no serious or critical violations, light and dark', () => {
  // A question page starts up to seven editors; on a busy two-core machine that takes a while.
  test.describe.configure({ timeout: 120_000 });
  for (const { label, path } of pages) {
    test(label, async ({ page }) => {
      await page.goto(path);
      await settled(page);
      await expectNoSeriousViolationsInBothSchemes(page, label);
      if (await withEditorsLoaded(page))
        await expectNoSeriousViolationsInBothSchemes(page, `${label}, editors loaded`);
    });
  }

  test('question page after a run, with the table open', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    await settled(page);
    const panel = runner(page, 'Self-attention on a short sentence');
    await panel.getByRole('button', { name: /Run/ }).click();
    const figure = panel.locator('figure').first();
    await expect(figure.getByRole('img').first()).toBeVisible({ timeout: 30_000 });
    await figure.getByRole('button', { name: 'Show table' }).click();
    await expect(figure.locator('table')).toBeVisible();
    // A focused cell draws the tooltip and the highlight, which axe should see too.
    await figure.getByRole('img').first().focus();
    await page.keyboard.press('ArrowRight');
    await expectNoSeriousViolationsInBothSchemes(page, 'attention-basics after a run');
  });

  test('the step-by-step view after a run', async ({ page }) => {
    await page.goto('/questions/self-attention/');
    await settled(page);
    const panel = runner(page, 'Self-attention step by step');
    await panel.getByRole('button', { name: /Run/ }).click();
    const steps = panel.getByRole('region', { name: /step/i });
    // Five panels: scores, scaled, masked, softmax weights, output.
    await expect(steps.locator('figure')).toHaveCount(5, { timeout: 30_000 });
    await steps.getByRole('button', { name: 'Show table' }).first().click();
    await expectNoSeriousViolationsInBothSchemes(page, 'self-attention steps after a run');
  });

  test('playground after a run, and after an error', async ({ page }) => {
    await page.goto('/playground/');
    await settled(page);
    await page.getByRole('button', { name: /Run/ }).click();
    await expect(page.getByTestId('run-status')).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousViolationsInBothSchemes(page, 'playground after a run');
    await page.goto('/playground/#s=damaged');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
    await expectNoSeriousViolationsInBothSchemes(page, 'playground with a damaged link');
  });
});
