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
    // Phrases whose words the browser's segmenter must find; Latin glued to Chinese; Traditional.
    await search.fill('掩码的作用');
    await expect
      .poll(async () => (await links.allTextContents()).slice(0, 3))
      .toContain('什么是注意力机制？它在深度学习中如何使用？');
    await search.fill('Transformer模型');
    await expect(links.first()).toHaveText('机器翻译中的注意力');
    await search.fill('多頭注意力');
    await expect(links.first()).toHaveText('多头注意力是如何工作的？');
    await search.fill('自注意力和卷积有什么区别');
    await expect(links.first()).toHaveText('自注意力与 CNN：区别与联系');
    await expect(page).toHaveURL(/\?q=/);
  });
});
