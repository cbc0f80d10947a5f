import { expect, test } from '@playwright/test';

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
