import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';

// The reverse preset (one attention-only layer, one head) on cpu: small enough to train quickly
// in a headless browser.
const tiny = '/lab/?p=learned&h=1&w=16&ao=1&b=16';

const metrics = (page: Page) => page.getByTestId('lab-metrics');

/** The step and loss in the status line, as numbers. */
async function readMetrics(page: Page): Promise<{ step: number; loss: number }> {
  const text = (await metrics(page).textContent()) ?? '';
  const match = /Step (\d+) · loss ([\d.]+)/.exec(text);
  if (!match) throw new Error(`no metrics in "${text}"`);
  return { step: Number(match[1]), loss: Number(match[2]) };
}

async function chooseCpu(page: Page) {
  await page.getByLabel('Backend').selectOption('cpu');
}

test.describe('Attention Lab', () => {
  test('a link opens the lab with its settings and never starts training', async ({ page }) => {
    await page.goto(tiny);
    await expect(page.getByLabel('Heads', { exact: true })).toHaveValue('1');
    await expect(page.getByLabel('Width')).toHaveValue('16');
    await expect(page.getByLabel('Attention only (no feed-forward layer)')).toBeChecked();
    await expect(page.getByTestId('lab-status')).toHaveText('Not started.');
    // A change is written back to the address.
    await page.getByLabel('Layers', { exact: true }).fill('2');
    await expect(page).toHaveURL(/[?&]l=2(&|$)/);
    await page.reload();
    await expect(page.getByLabel('Layers', { exact: true })).toHaveValue('2');
    await expect(page.getByTestId('lab-status')).toHaveText('Not started.');
    await expectNoSeriousViolations(page, 'lab before training');
  });

  test('an edit made the moment the page arrives survives the reading of its link', async ({
    page,
  }) => {
    // A slow network: the page's scripts come late, so the edit is tried while the page has not
    // yet read its address (or run at all). No waiting for the page: the edit goes in as soon as
    // the field takes input.
    await page.route('**/_next/static/**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await page.goto('/lab/?w=16&ao=1', { waitUntil: 'commit' });
    await page.getByLabel('Heads', { exact: true }).fill('4');
    // The edit stands, and it was made on the link's settings, which stand too.
    await expect(page).toHaveURL(/[?&]h=4(&|$)/);
    await expect(page).toHaveURL(/[?&]w=16(&|$)/);
    await expect(page).toHaveURL(/[?&]ao=1(&|$)/);
    await expect(page.getByLabel('Heads', { exact: true })).toHaveValue('4');
    await expect(page.getByLabel('Width')).toHaveValue('16');
    await expect(page.getByLabel('Attention only (no feed-forward layer)')).toBeChecked();
  });

  test('a bad link says which settings it dropped', async ({ page }) => {
    await page.goto('/lab/?l=9&h=2');
    await expect(page.getByText(/were left at their defaults: l\./)).toBeVisible();
    await expect(page.getByLabel('Layers', { exact: true })).toHaveValue('1');
  });

  test('rotary positions are a setting a link can choose', async ({ page }) => {
    await page.goto('/lab/?t=shift&p=rope&h=1&w=16&ao=1&b=16');
    await expect(page.getByLabel('Positions')).toHaveValue('rope');
    await expect(page.getByLabel('Positions').locator('option:checked')).toHaveText(
      'Rotary (RoPE)',
    );
  });

  test('trains on cpu: the loss falls, heads show, pause and resume, export and import', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.goto(tiny);
    await chooseCpu(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(metrics(page)).toBeVisible({ timeout: 60_000 });
    const first = await readMetrics(page);
    await expect(page.getByTestId('lab-head').first()).toBeVisible();
    await expect
      .poll(async () => (await readMetrics(page)).loss, { timeout: 90_000 })
      .toBeLessThan(first.loss / 2);
    await expect(metrics(page)).toContainText('steps/s');

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByTestId('lab-status')).toContainText('Paused at step');
    const paused = await readMetrics(page);
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'One step', exact: true }).click();
    await expect.poll(async () => (await readMetrics(page)).step).toBe(paused.step + 1);
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await expect.poll(async () => (await readMetrics(page)).step).toBeGreaterThan(paused.step + 1);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByTestId('lab-status')).toContainText('Paused at step');
    await expect(page.getByText(/^Saved at step \d+\.$/)).toBeVisible();
    await expect(page.getByTestId('lab-probe-table')).toBeVisible();
    await expectNoSeriousViolations(page, 'lab after training');

    // Every head's map works from the keyboard and has a table; so do the curves.
    const head = page.getByTestId('lab-head').first();
    const map = head.getByRole('img').first();
    await map.focus();
    const live = head.locator('[aria-live="polite"]').filter({ hasText: /^row / });
    // A weight reads 0.123, or 5.92e-4 once a trained head has all but left that key (0 and 1 too).
    const value = String.raw`value \d(\.\d+)?(e-\d+)?`;
    await expect(live).toHaveText(new RegExp(String.raw`^row 0:\d+, column 0:\d+, ${value}$`));
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(new RegExp(String.raw`^row 0:\d+, column 1:\d+, ${value}$`));
    await head.getByRole('button', { name: 'Show table' }).click();
    await expect(head.locator('table')).toBeVisible();
    const charts = page.locator('section[aria-labelledby="lab-charts"]');
    await charts.getByRole('button', { name: 'Show table' }).first().click();
    await expect(charts.locator('table').first()).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export model' }).click();
    const file = await (await download).path();
    const saved = await readMetrics(page);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.getByTestId('lab-status')).toHaveText('Not started.');
    await page.getByLabel('Import model').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"attention-atlas","kind":"lab-model","version":1}'),
    });
    await expect(
      page.getByRole('alert').filter({
        hasText: 'That model file is damaged (the field savedAt is missing or not valid).',
      }),
    ).toBeVisible();
    await page.getByLabel('Import model').setInputFiles(file);
    await expect(page.getByText(`Loaded a model at step ${saved.step}.`)).toBeVisible();
    await expect(page.getByTestId('lab-head').first()).toBeVisible({ timeout: 30_000 });

    // A reload picks up the model saved on this device, and training goes on from there.
    await page.reload();
    await expect(page.getByText(`Restored the model saved at step ${saved.step}`)).toBeVisible();
    // The timeline came back with the model: it scrubs back to the start of the run.
    const timeline = page.getByRole('slider');
    await expect(timeline).toBeVisible({ timeout: 30_000 });
    await expect(timeline).toHaveAttribute('aria-valuetext', String(saved.step));
    await timeline.focus();
    await page.keyboard.press('Home');
    const earliest = Number(await timeline.getAttribute('aria-valuetext'));
    expect(earliest).toBeLessThan(saved.step);
    await expect(page.getByText(`Show the snapshot at step ${earliest}`)).toBeVisible();
    // The model settings stay locked while a model exists, but not the backend: the restored
    // model moves to wasm (weights and Adam's state) and goes on training there.
    await expect(page.getByLabel('Heads', { exact: true })).toBeDisabled();
    await page.getByLabel('Backend').selectOption('wasm');
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    await expect(page.getByTestId('lab-status')).toContainText('Training on wasm.', {
      timeout: 60_000,
    });
    await expect
      .poll(async () => (await readMetrics(page)).step, { timeout: 60_000 })
      .toBeGreaterThan(saved.step);
    // Adam's state came back with the weights: the loss goes on from where it was.
    expect((await readMetrics(page)).loss).toBeLessThan(first.loss / 2);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByTestId('lab-status')).toContainText('Paused at step');
  });
});

test('the Chinese lab is in Chinese and passes axe', async ({ page }) => {
  await page.goto('/zh/lab/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('注意力实验室');
  await expect(page.getByTestId('lab-status')).toHaveText('尚未开始。');
  await expectNoSeriousViolations(page, 'lab (zh)');
});

test('the Chinese lab words a bad setting and a bad model file in Chinese', async ({ page }) => {
  // The edit goes in at once; the width in the message is the link's.
  await page.goto('/zh/lab/?w=16');
  await page.getByLabel('头数', { exact: true }).fill('3');
  await expect(page.getByRole('alert').filter({ hasText: '这些设置无法训练' })).toHaveText(
    '这些设置无法训练：宽度 16 不能被头数 3 整除',
  );
  await page.getByLabel('导入模型').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"attention-atlas","kind":"lab-model","version":1}'),
  });
  await expect(page.getByRole('alert').filter({ hasText: '模型文件' })).toHaveText(
    '模型文件已损坏（字段 savedAt 缺失或无效）。',
  );
});
