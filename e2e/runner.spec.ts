import { expect, test } from '@playwright/test';
import { codeArea, heatmapTable, replaceCode, runner } from './runner';

const demo = 'Self-attention on a short sentence';

test.describe('running code on a question page', () => {
  test('runs the demo and draws a labelled 6x6 heatmap whose rows sum to 1', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, demo);
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByTestId('run-status')).toContainText(/Ran on \w+ in [\d.]+ ms/);
    const chart = panel.getByRole('img', { name: /Which token each token attends to/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/6 rows? (by|×|x) 6 col/i);
    await expect(panel.getByText('Each row sums to 1.')).toBeVisible();
    const table = await heatmapTable(panel);
    expect(table).toHaveLength(6);
    expect(table.every((row) => row.length === 6)).toBe(true);
    await expect(panel.locator('table thead th')).toContainText([
      'the',
      'cat',
      'sat',
      'on',
      'the',
      'mat',
    ]);
    await expect(panel.getByLabel('Console output')).toContainText('Tensor float32 [6, 4]');
  });

  test('an edit changes the heatmap, survives a reload and resets', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, demo);
    await panel.getByRole('button', { name: /Run/ }).click();
    const before = await heatmapTable(panel);

    const edited = `const tokens = ['a', 'b', 'c'];
const x = tf.tensor2d([[1, 0], [0, 1], [1, 1]]);
const { output, weights } = scaledDotProductAttention(x, x, x, { scale: 0 });
show.heatmap(weights, { rows: tokens, cols: tokens, title: 'Uniform' });
tf.dispose([x, output, weights]);`;
    await replaceCode(page, panel, edited);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(panel.getByRole('img', { name: /Uniform/ })).toBeVisible();
    const after = await heatmapTable(panel);
    expect(after).not.toEqual(before);
    // With scale 0 every score is equal, so each of the 3 weights in a row is 1/3.
    expect(after.flat().map(Number)).toEqual(Array(9).fill(0.333));

    await page.reload();
    const reloaded = runner(page, demo);
    await expect(reloaded.getByText('Edited')).toBeVisible();
    await reloaded.getByRole('button', { name: 'Reset' }).click();
    await expect(reloaded.getByText('Edited')).toHaveCount(0);
  });

  for (const backend of ['cpu', 'wasm', 'webgl', 'webgpu']) {
    test(`runs on ${backend} when forced`, async ({ page }) => {
      await page.goto('/questions/attention-basics/');
      const panel = runner(page, demo);
      await panel.getByLabel('Backend').selectOption(backend);
      await panel.getByRole('button', { name: /Run/ }).click();
      await expect(panel.getByTestId('run-status')).toContainText(`Ran on ${backend} in`, {
        timeout: 30_000,
      });
      await expect(panel.getByText('Each row sums to 1.')).toBeVisible();
    });
  }

  test('an endless loop is stopped and the next run works', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, demo);
    await replaceCode(page, panel, 'while (true) {}');
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByRole('alert')).toContainText('Stopped after 5 s', { timeout: 20_000 });
    // The page stayed responsive throughout, and a fresh worker runs the next code.
    await panel.getByRole('button', { name: 'Reset' }).click();
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByText('Each row sums to 1.')).toBeVisible({ timeout: 30_000 });
  });

  test('a thrown error and a syntax error show their line', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, demo);
    await replaceCode(page, panel, 'const a = 1;\nconst b = 2;\nthrow new Error("bad shape");');
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByRole('alert')).toContainText('at line 3');
    await expect(panel.getByRole('alert')).toContainText('bad shape');
    await expect(panel.locator('.monaco-editor .squiggly-error')).toHaveCount(1);

    await replaceCode(page, panel, 'const a = 1;\nconst b = (;');
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByRole('alert')).toContainText('Syntax error');
    await expect(panel.getByRole('alert')).toContainText('at line 2');
  });

  test('a shape error from the attention core names the argument and shapes', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, demo);
    await replaceCode(
      page,
      panel,
      'scaledDotProductAttention(tf.ones([2, 4, 8]), tf.ones([2, 5, 7]), tf.ones([2, 5, 6]));',
    );
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByRole('alert')).toContainText('scaledDotProductAttention');
    await expect(panel.getByRole('alert')).toContainText(/\[2, ?5, ?7\]/);
  });

  test('leaked tensors are reported', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, demo);
    await replaceCode(
      page,
      panel,
      'const a = tf.ones([2]); const b = tf.add(a, a); show.heatmap(b);',
    );
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByText('2 tensors leaked')).toBeVisible();
  });
});

test.describe('playground', () => {
  test('a shared link restores the code and settings without running it', async ({ page }) => {
    await page.goto('/playground/');
    const panel = page
      .getByRole('region')
      .filter({ has: page.getByRole('button', { name: /Run/ }) });
    await page.getByLabel('Start from').selectOption('causal');
    await panel.getByLabel('Backend').selectOption('cpu');
    await replaceCode(page, panel, "show.heatmap([[1, 2], [3, 4]], { title: 'Shared map' });");
    const link = page.url();
    expect(link).toContain('#s=');

    const other = await page.context().newPage();
    await other.goto(link);
    const restored = other
      .getByRole('region')
      .filter({ has: other.getByRole('button', { name: /Run/ }) });
    await expect(codeArea(restored)).toContainText('Shared map');
    await expect(restored.getByLabel('Backend')).toHaveValue('cpu');
    // Nothing ran by itself.
    await expect(restored.getByTestId('run-status')).toHaveCount(0);
    await restored.getByRole('button', { name: /Run/ }).click();
    await expect(restored.getByTestId('run-status')).toContainText('Ran on cpu');
    await expect(restored.getByRole('img', { name: /Shared map/ })).toBeVisible();
  });

  test('a damaged link says so and falls back to an example', async ({ page }) => {
    await page.goto('/playground/#s=damaged');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
    await expect(page.getByLabel('Start from')).toHaveValue('self-attention');
  });
});
