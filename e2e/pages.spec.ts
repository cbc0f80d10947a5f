import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Every question page's first live demo runs in the browser and draws its chart.
const slugs = readdirSync('content/questions').map(
  (file) => readFileSync(`content/questions/${file}`, 'utf8').match(/^slug: (.+)$/m)![1],
);

for (const slug of slugs) {
  test(`${slug}: the first demo runs and shows its chart`, async ({ page }) => {
    await page.goto(`/questions/${slug}/`);
    const panel = page
      .locator('section[aria-label]')
      .filter({ has: page.getByRole('button', { name: /Run/ }) })
      .first();
    await panel.getByLabel('Backend').selectOption('cpu');
    await panel.getByRole('button', { name: /Run/ }).click();
    await expect(panel.getByTestId('run-status')).toContainText('Ran on cpu', { timeout: 30_000 });
    await expect(panel.getByRole('alert')).toHaveCount(0);
    await expect(panel.getByRole('img').first()).toBeVisible();
  });
}
