import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

function pagesMentioning(word: string): number {
  const dir = 'content/questions';
  return readdirSync(dir).filter((f) => readFileSync(`${dir}/${f}`, 'utf8').includes(word)).length;
}

// The thirty pages of the bank plus the modern-attention pages written so far (31-37).
const files = readdirSync('content/questions')
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const total = files.length;
const slugOf = (file: string) => file.replace(/^\d+-/, '').replace(/\.mdx$/, '');

test.describe('browsing the questions', () => {
  test('home lists every question with number, title, topics and difficulty', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'The questions' })).toBeVisible();
    const items = page.getByRole('list', { name: 'The questions' }).getByRole('listitem');
    await expect(items).toHaveCount(total);
    const first = items.first();
    await expect(first).toContainText('1');
    await expect(first.getByRole('link')).toHaveText(
      'What is attention, and how is it used in deep learning?',
    );
    await expect(first).toContainText('Warm-up');
    await expect(first).toContainText('Foundations');
    await expect(page.getByText('Draft')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(`${total} of ${total} questions`);
  });

  test('search narrows the list, ranks by relevance and lands in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('graph');
    const links = page.getByRole('list', { name: 'The questions' }).getByRole('link');
    await expect(links.first()).toHaveText('Attention in knowledge-graph embedding');
    await expect(page).toHaveURL(/\?q=graph$/);
    // Body text is indexed too: this word appears in no title or summary, only in page bodies.
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('FlashAttention');
    // Every page that mentions it is found (fuzzy matching may add near spellings).
    await expect
      .poll(() => links.count())
      .toBeGreaterThanOrEqual(pagesMentioning('FlashAttention'));
    await expect(links.filter({ hasText: /What is attention/ })).toHaveCount(1);
    // A typo, and words some pages lack: partial matches are ranked, not thrown away.
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('attension basics');
    await expect(links.first()).toHaveText(
      'What is attention, and how is it used in deep learning?',
    );
    await page
      .getByRole('searchbox', { name: 'Search questions' })
      .fill('self attention vs convolution');
    await expect(links.first()).toHaveText('Self-attention versus CNNs: differences and links');
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('zzzqqq');
    await expect(page.getByText('No question matches')).toBeVisible();
  });

  test('filters by topic and difficulty, and a shared link restores them', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Topic').selectOption('vision');
    await page.getByLabel('Difficulty').selectOption('3');
    await expect(page).toHaveURL(/topic=vision&difficulty=3/);
    const links = page.getByRole('list', { name: 'The questions' }).getByRole('link');
    await expect(links).toHaveText([
      'Self-attention versus CNNs: differences and links',
      'Attention in image segmentation',
    ]);

    await page.goto('/?topic=vision&difficulty=3');
    await expect(links).toHaveCount(2);
    await expect(page.getByLabel('Topic')).toHaveValue('vision');

    await page.goto('/?topic=modern-llm');
    await expect(page.getByLabel('Topic')).toHaveValue('modern-llm');
    await expect(links.filter({ hasText: 'What is the KV cache' })).toHaveCount(1);
    await expect(links).toHaveCount(total - 30);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(links).toHaveCount(total);
    await expect(page).toHaveURL(/\/$/);
  });

  test('opens a question with formulas, contents and static demo code', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /What is attention, and how/ }).click();
    await expect(page).toHaveURL(/\/questions\/attention-basics\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'What is attention, and how is it used in deep learning?',
    );
    await expect(page.locator('.katex-display').first()).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Common mistakes' }).click();
    await expect(page).toHaveURL(/#common-mistakes$/);
    // The demo's code is in the static HTML, highlighted at build time, before any script runs.
    const html = await (await page.request.get('/questions/attention-basics/')).text();
    expect(html).toMatch(/<pre class="shiki[^"]*"/);
    expect(html).toContain('scaledDotProductAttention');
  });

  test('follows next and previous between questions', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/questions\/attention-management-system\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Design an attention-management system',
    );
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/questions\/attention-basics\/$/);
    // Page 30 leads on to the first modern-attention page; the last page has no next.
    await page.goto('/questions/attention-in-smart-recommendation/');
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/questions/${slugOf(files[30])}/$`));
    await page.goto(`/questions/${slugOf(files[total - 1])}/`);
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });

  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/questions/no-such-question/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the questions' }).click();
    await expect(page.getByRole('heading', { name: 'The questions' })).toBeVisible();
  });

  test('header links reach practice and playground', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Practice' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();
    await nav.getByRole('link', { name: 'Playground' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Playground' })).toBeVisible();
  });
});
