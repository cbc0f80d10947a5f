import { expect, test } from '@playwright/test';
import { runner } from './runner';

// Run in a Chromium without --enable-unsafe-webgpu: no WebGPU adapter, so the runner must fall
// back, say so, and still draw the heatmap.
test('without WebGPU the runner falls back and says why', async ({ page }) => {
  await page.goto('/questions/attention-basics/');
  const panel = runner(page, 'Self-attention on a short sentence');
  await panel.getByRole('button', { name: /Run/ }).click();
  await expect(panel.getByTestId('run-status')).toContainText(/Ran on (webgl|wasm|cpu) in/);
  await expect(panel.getByText(/Fell back: WebGPU/)).toBeVisible();
  await expect(panel.getByText('Each row sums to 1.')).toBeVisible();
});
