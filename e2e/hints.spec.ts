import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { savedProgress } from './progress';
import { replaceCode } from './runner';

const session = '/practice/?mode=question&q=attention-in-text-generation';
const drillId = 'drill:attention-in-text-generation:causal-attention';

const exercise = (page: Page) =>
  page.getByRole('region', { name: /Multiple choice|Spot the bug|Coding drill|Explain aloud/ });

async function skipToDrill(page: Page) {
  await page.goto(session);
  await expect(exercise(page)).toBeVisible();
  while (!(await page.getByRole('heading', { name: 'Coding drill' }).isVisible())) {
    await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
    await page.getByRole('button', { name: 'Next exercise' }).click();
  }
  return exercise(page);
}

// One line, so the editor's bracket auto-closing cannot leave stray braces behind.
const solution =
  'const causalAttention = (q, k, v) => tf.tidy(() => { ' +
  'const [, L, d] = q.shape; const S = k.shape[1]; ' +
  'const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(d)); ' +
  'const i = tf.reshape(tf.range(0, L), [L, 1]); const j = tf.reshape(tf.range(0, S), [1, S]); ' +
  'const blocked = tf.broadcastTo(tf.greater(j, i), scores.shape); ' +
  'const weights = tf.softmax(tf.where(blocked, tf.fill(scores.shape, -Infinity), scores)); ' +
  'return { output: tf.matMul(weights, v), weights }; });';

test('drill hints open one step at a time, are recorded, and lower the review', async ({
  page,
}) => {
  const drill = await skipToDrill(page);
  const hints = drill.getByRole('region', { name: 'Hints' });
  await expect(hints).toContainText('Hints opened: 0 of 3.');
  // Only the next step is offered.
  await expect(hints.getByRole('button', { name: 'Show the key line' })).toHaveCount(0);
  await hints.getByRole('button', { name: 'Show a nudge' }).click();
  await expect(hints.getByText('Nudge', { exact: true })).toBeVisible();
  await expect(hints).toContainText('two index ranges');
  await expect(hints.getByText('Key line', { exact: true })).toHaveCount(0);

  await hints.getByRole('button', { name: 'Show the key line' }).click();
  await expect(hints.locator('pre')).toContainText('tf.greater(j, i)');
  await expect(hints).toContainText('Hints opened: 2 of 3.');
  await expect(hints.getByRole('button', { name: 'Show the solution' })).toBeVisible();
  await expectNoSeriousViolations(page, 'practice drill with two hints open');

  // Each reveal is saved at once: a reload mid-attempt still knows both hints.
  await expect
    .poll(async () => (await savedProgress(page))?.hints)
    .toMatchObject({ [drillId]: { level: 2, reveals: 2 } });

  await replaceCode(page, drill, solution);
  await drill.getByRole('button', { name: 'Submit' }).click();
  await expect(drill.getByTestId('grade-report')).toHaveAttribute('data-passed', 'true', {
    timeout: 30_000,
  });
  // Passed at the first try is Good (next review in 10 minutes); two hints lower it to Again,
  // whose next review is 1 minute away.
  await expect
    .poll(async () => {
      const exercises = (await savedProgress(page))?.exercises as
        Record<string, { lastAt: number; correct: number; card: { due: number } }> | undefined;
      const record = exercises?.[drillId];
      return record && { correct: record.correct, wait: record.card.due - record.lastAt };
    })
    .toEqual({ correct: 1, wait: 60_000 });
});

test('a drill seen before starts as a fresh attempt, the earlier code a click away', async ({
  page,
}) => {
  let drill = await skipToDrill(page);
  await replaceCode(page, drill, solution);
  await drill.getByRole('button', { name: 'Submit' }).click();
  await expect(drill.getByTestId('grade-report')).toHaveAttribute('data-passed', 'true', {
    timeout: 30_000,
  });

  drill = await skipToDrill(page);
  await expect(drill.getByRole('status').filter({ hasText: 'Fresh attempt' })).toBeVisible();
  // The editor loads on intent: pointing at the code. The pointer may already rest there after
  // Next (then it is loading by itself, and hovering a placeholder that is being replaced
  // never settles), so the pointer moves there without waiting for the placeholder.
  const code = drill.getByTestId('editor-placeholder').or(drill.locator('.monaco-editor')).first();
  const box = await code.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(drill.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(drill.locator('.view-lines')).toContainText('TODO');
  await expect(drill.locator('.view-lines')).not.toContainText('Math.sqrt(d)');

  await drill.getByRole('button', { name: 'Back to my earlier code' }).click();
  await expect(drill.locator('.view-lines')).toContainText('Math.sqrt(d)');
  await drill.getByRole('button', { name: 'Fresh attempt' }).click();
  await expect(drill.locator('.view-lines')).not.toContainText('Math.sqrt(d)');
});

test('hints are in Chinese on the Chinese site', async ({ page }) => {
  await page.goto('/zh/practice/?mode=question&q=attention-in-text-generation');
  await expect(
    page.getByRole('region', { name: /选择题|找错|编程练习|口述/ }).first(),
  ).toBeVisible();
  while (!(await page.getByRole('heading', { name: '编程练习' }).isVisible())) {
    await page.getByRole('button', { name: /跳过/ }).click();
    await page.getByRole('button', { name: /下一题/ }).click();
  }
  await page.getByRole('button', { name: '给个方向' }).click();
  await expect(page.getByRole('region', { name: '提示' })).toContainText('下标序列');
});
