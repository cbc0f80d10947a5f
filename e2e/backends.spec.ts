import { expect, test } from '@playwright/test';
import { replaceCode, runner } from './runner';

// The attention core agrees with PyTorch on every backend the browser offers. Chromium runs
// with --enable-unsafe-webgpu here, so all four must be available. Parts 1 and 2 of the
// contract: 19 + 14 fixtures, the transformer block's with gradients.
test('the PyTorch fixtures pass on webgpu, webgl, wasm and cpu', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/diagnostics/');
  await page.getByRole('button', { name: 'Check backends against PyTorch' }).click();
  const report = page.getByTestId('backend-report');
  await expect(report).toBeVisible({ timeout: 150_000 });
  for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) {
    const row = report.locator(`tr[data-backend="${backend}"]`);
    await expect(row).toHaveCount(1);
    const total = Number(await row.getAttribute('data-total'));
    expect(total, `${backend} ran no fixtures`).toBeGreaterThanOrEqual(33);
    await expect(row, `${backend}: ${await row.textContent()}`).toHaveAttribute(
      'data-passed',
      String(total),
    );
  }
});

// tfjs-backend-webgpu answers dataSync() with a canvas read that, in a worker on this Chromium,
// returns zeros and loses the device: every later read failed (issue 14). Such a read is now an
// error of the run that says what to do, the device keeps working, and Automatic falls back.
test('WebGPU refuses a synchronous read, keeps working, and Automatic falls back to webgl', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/questions/multi-head-attention/');
  const panel = runner(page, 'Two heads, two relations');
  const status = panel.getByTestId('run-status');
  const syncRead = [
    'const a = tf.matMul(tf.ones([4, 4]), tf.ones([4, 4]));',
    "console.log('sum', Array.from(a.dataSync()).reduce((s, v) => s + v, 0));",
    'show.heatmap(a);',
    'a.dispose();',
  ].join('\n');
  await replaceCode(page, panel, syncRead);

  await panel.getByLabel('Backend').selectOption('webgpu');
  await panel.getByRole('button', { name: /Run/ }).click();
  await expect(status).toHaveText('The code ran on webgpu, but its values could not be read back.');
  await expect(panel.getByRole('alert')).toContainText('WebGPU cannot read values synchronously');
  await expect(panel.getByRole('alert')).toContainText('at line 2');

  await panel.getByLabel('Backend').selectOption('auto');
  await panel.getByRole('button', { name: /Run/ }).click();
  await expect(status).toContainText('Ran on webgl');
  await expect(panel.getByTestId('read-fallback')).toContainText(
    'The run on webgpu could not read its values back, so it ran again on webgl.',
  );
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByText('sum 64')).toBeVisible();
  await expect(panel.getByRole('img').first()).toBeVisible();

  // The same numbers read asynchronously on webgpu: the device survived the refused read.
  await replaceCode(page, panel, syncRead.replace('a.dataSync()', 'await a.data()'));
  await panel.getByLabel('Backend').selectOption('webgpu');
  await panel.getByRole('button', { name: /Run/ }).click();
  await expect(status).toContainText('Ran on webgpu');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByText('sum 64')).toBeVisible();
});
