import { expect, type Locator, type Page } from '@playwright/test';

/** The first live demo on the page, by its title. */
export function runner(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** Waits for Monaco to replace the placeholder, then replaces the whole code. */
export async function replaceCode(page: Page, panel: Locator, code: string) {
  const editor = panel.locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** The values of the first heatmap's table, row by row. */
export async function heatmapTable(panel: Locator): Promise<string[][]> {
  const figure = panel.locator('figure').first();
  await expect(figure.getByRole('img').first()).toBeVisible({ timeout: 30_000 });
  const toggle = figure.getByRole('button', { name: 'Show table' });
  if (await toggle.isVisible()) await toggle.click();
  const rows = figure.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
  );
}
