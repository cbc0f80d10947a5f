import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { englishSentences } from '../lib/i18n/englishText';
import { replaceCode } from './runner';

// A Chinese page has no English prose outside code once its demos have run: the chrome, the
// text, the charts' titles and axis names, what the demos draw from their data (table headers and
// cells, series names, row, column and head labels), the run's status and its messages. Demos run
// on the cpu backend (the fastest to start); the pages are split among a few tests so the two
// workers share them.

const slugs = readdirSync('content/zh/questions')
  .sort()
  .map((file) => readFileSync(`content/zh/questions/${file}`, 'utf8').match(/^slug: (.+)$/m)![1]);

/**
 * The text of the page as read, one entry per text node, without code, formulas and keys.
 * `data` is what a demo's charts and tables show from its code's data (cells, tick and series
 * labels, head names), kept apart only to say where an English sentence was found.
 */
function pageText(page: Page): Promise<{ prose: string[]; data: string[] }> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    const skipped = 'code, pre, kbd, .katex, script, style, noscript, .monaco-editor';
    copy.querySelectorAll(skipped).forEach((element) => element.remove());
    const textsOf = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text) texts.push(text);
      }
      return texts;
    };
    const data: string[] = [];
    const dataParts = 'td, th, svg text:not([class*="axisTitle"]), ul, select';
    copy.querySelectorAll('[aria-live]').forEach((output) => {
      output.querySelectorAll(dataParts).forEach((element) => {
        data.push(...textsOf(element));
        element.remove();
      });
    });
    return { prose: textsOf(copy), data };
  });
}

/** Runs every live demo of the open page on cpu and waits for each to finish. */
async function runDemos(page: Page) {
  const panels = page
    .locator('section[aria-label]')
    .filter({ has: page.getByRole('button', { name: /▶/ }) });
  await expect(panels.first(), 'live demos on the page').toBeVisible();
  const count = await panels.count();
  for (let i = 0; i < count; i++) {
    const panel = panels.nth(i);
    await panel.locator('select').first().selectOption('cpu');
    await panel.getByRole('button', { name: /▶/ }).click();
    await expect(panel.getByTestId('run-status')).toBeVisible({ timeout: 60_000 });
  }
}

const englishIn = (texts: string[]) =>
  texts.flatMap((text) =>
    englishSentences(text).map((found) => `${found}  ⟵  ${text.slice(0, 160)}`),
  );

/** English sentences on the open page: in its prose, and in what its demos drew from data. */
async function englishOn(page: Page): Promise<string[]> {
  const { prose, data } = await pageText(page);
  return [...englishIn(prose), ...englishIn(data).map((found) => `in demo data: ${found}`)];
}

const groupSize = 7;
const groups = Array.from({ length: Math.ceil(slugs.length / groupSize) }, (_, g) =>
  slugs.slice(g * groupSize, (g + 1) * groupSize),
);

test.describe('Chinese pages have no English prose outside code', () => {
  for (const group of groups) {
    test(`pages ${group[0]} to ${group.at(-1)}, after running their demos`, async ({ page }) => {
      test.setTimeout(60_000 * group.length);
      for (const slug of group) {
        await page.goto(`/zh/questions/${slug}/`);
        await runDemos(page);
        expect.soft(await englishOn(page), `/zh/questions/${slug}/`).toEqual([]);
      }
    });
  }

  test('the playground, after running its first example', async ({ page }) => {
    await page.goto('/zh/playground/');
    await runDemos(page);
    expect(await englishOn(page)).toEqual([]);
  });

  test('errors made by the core and the runner read in Chinese', async ({ page }) => {
    // Loads the editor and waits out the time limit once.
    test.setTimeout(150_000);
    await page.goto('/zh/questions/self-attention/');
    const panel = page
      .locator('section[aria-label]')
      .filter({ has: page.getByRole('button', { name: /▶/ }) })
      .first();
    await panel.locator('select').first().selectOption('cpu');
    const run = () => panel.getByRole('button', { name: /▶/ }).click();

    // A shape error thrown by the attention core, worded from its code.
    await replaceCode(
      page,
      panel,
      'const q = tf.ones([2, 4]);\nscaledDotProductAttention(q, tf.ones([2, 3]), tf.ones([2, 3]));',
    );
    await run();
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText(
      'scaledDotProductAttention：k 的形状为 [2,3]，但最后一维应为 4，与 q [2,4] 一致',
    );
    expect(englishSentences((await alert.textContent()) ?? '')).toEqual([]);

    // A wrong call to a lesson model (lib/models), worded from its code too.
    await replaceCode(page, panel, 'rocCurve([0, 1], [0.5]);');
    await run();
    await expect(alert).toContainText('rocCurve：scores 的长度为 1，但应为 2，与 yTrue 一致');
    expect(englishSentences((await alert.textContent()) ?? '')).toEqual([]);

    // A blocked browser API.
    await replaceCode(page, panel, 'await fetch("/");');
    await run();
    await expect(alert).toContainText('此处不能使用 fetch');

    // The time limit, which the page words from the runner client's code.
    await replaceCode(page, panel, 'while (true) {}');
    await run();
    await expect(alert).toContainText('后已停止', { timeout: 30_000 });
    expect(englishSentences((await alert.textContent()) ?? '')).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
  });
});
