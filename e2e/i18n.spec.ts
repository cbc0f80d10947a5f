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
    const topThree = () => links.allTextContents().then((titles) => titles.slice(0, 3));
    // Grouped-query attention (多查询/分组查询, built on 多头) is a fair neighbour in the top three.
    await search.fill('多头');
    await expect.poll(topThree).toContain('多头注意力是如何工作的？');
    await search.fill('BiDAF');
    await expect(links.filter({ hasText: '问答' })).toHaveCount(1);
    // Phrases whose words the browser's segmenter must find; Latin glued to Chinese; Traditional.
    await search.fill('掩码的作用');
    await expect.poll(topThree).toContain('什么是注意力机制？它在深度学习中如何使用？');
    await search.fill('Transformer模型');
    await expect(links.first()).toHaveText(
      'Transformer 块里有什么？为什么 post-LN 需要学习率预热？',
    );
    await search.fill('多頭注意力');
    await expect.poll(topThree).toContain('多头注意力是如何工作的？');
    await search.fill('自注意力和卷积有什么区别');
    await expect(links.first()).toHaveText('自注意力与 CNN：区别与联系');
    await expect(page).toHaveURL(/\?q=/);
  });
});
