import { expect, test, type Locator, type Page } from '@playwright/test';
import { heatmapTable, replaceCode } from './runner';

// Hostile and broken code in the playground: every case must end with a clear message in the
// output panel, keep the learner's code in the editor, and leave a runner whose next run works.

function runnerPanel(page: Page): Locator {
  return page.getByRole('region').filter({ has: page.getByRole('button', { name: /Run/ }) });
}

async function openPlayground(page: Page, backend = 'cpu'): Promise<Locator> {
  await page.goto('/playground/');
  const panel = runnerPanel(page);
  await panel.getByLabel('Backend').selectOption(backend);
  return panel;
}

async function run(page: Page, panel: Locator, code: string) {
  await replaceCode(page, panel, code);
  await panel.getByRole('button', { name: /Run/ }).click();
}

/** The code that misbehaved is still in the editor, and ordinary code runs after it. */
async function expectUsable(page: Page, panel: Locator, kept: string) {
  await expect(panel.locator('.monaco-editor')).toContainText(kept);
  await run(page, panel, "show.heatmap([[1, 2], [3, 4]], { title: 'Still works' });");
  await expect(panel.getByRole('img', { name: /Still works/ })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('alert')).toHaveCount(0);
}

test.describe('hostile and broken code', () => {
  test('an endless loop is stopped by the time limit', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'while (true) {}');
    await expect(panel.getByRole('alert')).toContainText('Stopped after 5 s', { timeout: 20_000 });
    await expectUsable(page, panel, 'while (true) {}');
  });

  test('endless recursion explains the stack overflow and points to the line', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'const start = 0;\nfunction f(n) { return f(n + 1) + 1 }\nf(start);');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Maximum call stack size exceeded');
    await expect(alert).toContainText('recursive function');
    await expect(alert).toContainText('at line 2');
    await expectUsable(page, panel, 'return f(n + 1) + 1');
  });

  test('huge tensors are refused with their shape and the limit, on the GPU too', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Automatic picks WebGPU here: the backend where a 1.6 GB buffer would do the most harm.
    const panel = await openPlayground(page, 'auto');
    const alert = panel.getByRole('alert');
    const cases = [
      [
        'tf.zeros([20000, 20000]);',
        /tf\.zeros would make a tensor of shape \[20000, 20000\] with 400,000,000 values, more than the 33,554,432/,
      ],
      [
        'tf.randomNormal([20000, 20000]);',
        /tf\.randomNormal would make a tensor of shape \[20000, 20000\]/,
      ],
      // Not a creation op: caught where the backend would allocate the result.
      [
        'tf.matMul(tf.ones([20000, 1]), tf.ones([1, 20000]));',
        /This operation would make a tensor of shape \[1, 20000, 20000\]/,
      ],
      [
        'show.heatmap(tf.ones([2100, 2100]));',
        /show\.heatmap: shape \[2100, 2100\] has 4,410,000 cells, too many to draw \(the limit is 4,194,304\)/,
      ],
    ] as const;
    for (const [code, message] of cases) {
      await run(page, panel, code);
      await expect(alert).toContainText(message, { timeout: 30_000 });
      await expect(panel.getByTestId('run-status')).toContainText('Ran on webgpu');
    }
    await expectUsable(page, panel, 'show.heatmap(tf.ones([2100, 2100]));');
    await expect(panel.getByTestId('run-status')).toContainText('Ran on webgpu');
  });

  test('an error escaping the run stops the worker: reported, replaced, next run works', async ({
    page,
  }) => {
    const panel = await openPlayground(page);
    // A microtask's error is outside the run's try/catch: the worker reports it to the page.
    await run(
      page,
      panel,
      "queueMicrotask(() => { throw new Error('escaped'); });\nawait new Promise(() => {});",
    );
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('The runner crashed');
    await expect(alert).toContainText('escaped');
    await expect(alert).toContainText('It has restarted');
    await expectUsable(page, panel, "throw new Error('escaped')");
  });

  test('a long console stream is capped with a note', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, "for (let i = 0; i < 100000; i++) console.log('line', i);");
    const output = panel.getByLabel('Console output');
    await expect(output).toContainText('output cut after 500 lines');
    await expect(output.locator('div')).toHaveCount(501);
    await expect(output.locator('div').nth(499)).toHaveText('line 499');
    await expect(panel.getByTestId('run-status')).toContainText('Ran on cpu');
    await expectUsable(page, panel, 'i < 100000');
  });

  test('an endless console stream keeps the page responsive and is stopped', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'let i = 0;\nwhile (true) console.log(i++);');
    await expect(panel.getByRole('button', { name: 'Running…' })).toBeVisible();
    // The page still paints and takes typing while the worker is busy.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await panel.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(' // still typing');
    await expect(panel.locator('.monaco-editor')).toContainText('still typing');
    await expect(panel.getByRole('alert')).toContainText('Stopped after 5 s', { timeout: 20_000 });
    await expectUsable(page, panel, 'still typing');
  });

  test('thrown values that are not Errors are described', async ({ page }) => {
    const panel = await openPlayground(page);
    const alert = panel.getByRole('alert');
    for (const [code, shown] of [
      ['throw 42;', 'Your code threw 42, which is not an Error'],
      ['throw { a: 1 };', 'Your code threw {"a":1}, which is not an Error'],
      ['throw null;', 'Your code threw null, which is not an Error'],
    ]) {
      await run(page, panel, code);
      await expect(alert).toContainText(shown);
    }
    await expectUsable(page, panel, 'throw null;');
  });

  test('a syntax error shows its line', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'const a = 1;\nconst b = [1, 2;\nconst c = 3;');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Syntax error');
    await expect(alert).toContainText('at line 2');
    await expectUsable(page, panel, 'const b = [1, 2;');
  });

  test('a promise that never resolves is stopped, and the message says it may be waiting', async ({
    page,
  }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'await new Promise(() => {});');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Stopped after 5 s', { timeout: 20_000 });
    await expect(alert).toContainText('never finishes');
    await expect(alert).toContainText('promise that is never resolved');
    await expectUsable(page, panel, 'await new Promise(() => {});');
  });

  test('network, storage and the page are out of reach, and the page is untouched', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const panel = await openPlayground(page);
    await page.evaluate(() => localStorage.setItem('hostile-check', 'kept'));
    const alert = panel.getByRole('alert');
    const cases = [
      ["await fetch('https://example.com');", 'fetch', 'cannot reach the network'],
      ["await self.fetch('https://example.com');", 'fetch', 'cannot reach the network'],
      ["await globalThis.fetch('https://example.com');", 'fetch', 'cannot reach the network'],
      ["importScripts('x.js');", 'importScripts', 'cannot reach the network'],
      ["indexedDB.open('x');", 'indexedDB', "cannot use the browser's storage"],
      [
        "localStorage.setItem('hostile-check', 'gone');",
        'localStorage',
        "cannot use the browser's storage",
      ],
      ["document.body.innerHTML = '';", 'document', 'cannot reach the page'],
    ] as const;
    for (const [code, name, why] of cases) {
      await run(page, panel, code);
      await expect(alert).toContainText(`${name} is not available here`);
      await expect(alert).toContainText(why);
      await expect(alert).toContainText('at line 1');
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('hostile-check'))).toBe('kept');
    await expectUsable(page, panel, "document.body.innerHTML = '';");
    // The wasm backend fetches its binary when it starts: the stand-ins must not have hidden it.
    await panel.getByLabel('Backend').selectOption('wasm');
    await run(page, panel, "show.heatmap([[5, 6]], { title: 'On wasm' });");
    await expect(panel.getByTestId('run-status')).toContainText('Ran on wasm', { timeout: 30_000 });
    await expect(panel.getByRole('img', { name: /On wasm/ })).toBeVisible();
  });

  test('NaN and infinities are drawn, marked and described; the scale uses finite values', async ({
    page,
  }) => {
    const panel = await openPlayground(page);
    await run(
      page,
      panel,
      "show.heatmap(tf.tensor2d([[NaN, 1], [Infinity, -Infinity], [0.5, 2]]), { title: 'Odd values' });",
    );
    await expect(panel.getByRole('alert')).toHaveCount(0);
    const chart = panel.getByRole('img', { name: /Odd values/ });
    await expect(chart).toHaveAccessibleName(/values from 0\.5 to 2\./);
    await expect(chart).toHaveAccessibleName(/1 cells are masked\./);
    await expect(chart).toHaveAccessibleName(/2 cells are not finite numbers/);
    await expect(panel.getByRole('img', { name: 'Colour scale: 0.5 – 2' })).toBeVisible();
    await expect(panel.getByText('NaN or infinite')).toBeVisible();
    const table = await heatmapTable(panel);
    expect(table).toEqual([
      ['not a number (NaN)', '1'],
      ['positive infinity', 'masked'],
      ['0.5', '2'],
    ]);
  });

  test('ten runs in quick succession end showing the latest code', async ({ page }) => {
    test.setTimeout(120_000);
    const panel = await openPlayground(page);
    for (let n = 1; n <= 10; n++) {
      await replaceCode(page, panel, `console.log('run ${n}');`);
      await page.keyboard.press('ControlOrMeta+Enter');
    }
    const output = panel.getByLabel('Console output');
    await expect(output).toHaveText('run 10');
    // Every run has finished (none still queued), and the last one's output is what stays.
    await expect(panel.getByRole('button', { name: '▶ Run' })).toBeVisible();
    await expect(output).toHaveText('run 10');
    await expect(panel.locator('.monaco-editor')).toContainText("console.log('run 10');");
  });
});
