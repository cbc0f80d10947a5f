import { expect, test } from '@playwright/test';

test.describe('Chinese edition', () => {
  test('the switch keeps the learner on the same question, and the choice is remembered', async ({
    page,
  }) => {
    await page.goto('/questions/self-attention/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/questions\/self-attention\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('自注意力是如何工作的？');
    await expect(page.getByRole('navigation', { name: '主导航' })).toContainText('练习');

    // Having chosen Chinese, the English home page sends the learner to the Chinese one.
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('题目列表');

    await page.goto('/zh/questions/self-attention/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/questions\/self-attention\/$/);
    await expect(page).not.toHaveURL(/\/zh\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How does self-attention work?',
    );
  });

  test('a first visit follows the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await context.close();
  });

  test('search works in Chinese and in English on the Chinese edition', async ({ page }) => {
    await page.goto('/zh/');
    const search = page.getByRole('searchbox', { name: '搜索题目' });
    const links = page.getByRole('list', { name: '题目列表' }).getByRole('link');
    await search.fill('多头');
    await expect(links.first()).toHaveText('多头注意力是如何工作的？');
    await search.fill('BiDAF');
    await expect(links.filter({ hasText: '问答' })).toHaveCount(1);
  });
});
