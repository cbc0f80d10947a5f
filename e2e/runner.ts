import { expect, type Locator, type Page } from '@playwright/test';

/** The first live demo on the page, by its title. */
export function runner(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/**
 * Loads the panel's editor as a learner does, by pointing at the code (Monaco loads on intent
 * only), and waits for it to replace the highlighted placeholder.
 */
export async function openEditor(panel: Locator): Promise<Locator> {
  const editor = panel.locator('.monaco-editor');
  if ((await editor.count()) === 0) await panel.getByTestId('editor-placeholder').hover();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  return editor;
}

/** The code block as shown: the placeholder before Monaco has loaded, the editor after. */
export function codeArea(panel: Locator): Locator {
  return panel.getByTestId('editor-placeholder').or(panel.locator('.monaco-editor'));
}

/** Opens the editor, then replaces the whole code. */
export async function replaceCode(page: Page, panel: Locator, code: string) {
  const editor = await openEditor(panel);
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
