import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { savedProgress } from './progress';

// Local dates: the streak follows the learner's calendar, here Tokyo's.
test.use({ timezoneId: 'Asia/Tokyo' });

interface DailyBank {
  items: { id: string; item: { choices: string[]; answer: number[] } }[];
}

const box = (page: Page) => page.getByTestId('daily-question');

/** Opens the home page at a local time in Tokyo. */
async function visit(page: Page, at: string, path = '/') {
  await page.clock.setFixedTime(new Date(`${at}+09:00`));
  await page.goto(path);
  await expect(box(page).getByRole('heading', { level: 2 })).toBeVisible();
}

async function openQuestion(page: Page): Promise<string> {
  await box(page)
    .getByRole('button', { name: /Answer today’s question|回答今天的题目/ })
    .click();
  const shown = box(page).locator('[data-exercise]');
  await expect(shown).toBeVisible();
  return (await shown.getAttribute('data-exercise'))!;
}

/** Answers the shown item right, finding the correct choices by their text, not position. */
async function answerRight(page: Page, id: string, bankPath = '/daily-bank.json') {
  const bank = (await (await page.request.get(bankPath)).json()) as DailyBank;
  const { item } = bank.items.find((i) => i.id === id)!;
  for (const i of item.answer) await box(page).getByLabel(item.choices[i], { exact: true }).check();
  await box(page)
    .getByRole('button', { name: /Check answer|检查答案/ })
    .click();
}

test('the daily question: one per date, a streak that grows, breaks on a gap', async ({ page }) => {
  await visit(page, '2026-03-01T08:00:00');
  await expect(box(page)).toContainText('No streak yet');
  const first = await openQuestion(page);
  await answerRight(page, first);
  await expect(box(page).getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  await expect(box(page)).toContainText('Streak: 1 day (best 1).');
  await expectNoSeriousViolations(page, 'home page after the daily question');

  // Later the same day: the same question, already answered.
  await visit(page, '2026-03-01T23:30:00');
  await expect(box(page)).toContainText('Answered today.');
  await expect(box(page).getByRole('button', { name: 'Answer today’s question' })).toHaveCount(0);

  // 00:30 the next morning in Tokyo (still 1 March in UTC) is a new day there.
  await visit(page, '2026-03-02T00:30:00');
  await expect(box(page)).toContainText('Streak: 1 day (best 1).');
  const second = await openQuestion(page);
  await answerRight(page, second);
  await expect(box(page)).toContainText('Streak: 2 days in a row (best 2).');
  const saved = await savedProgress(page);
  expect(saved?.daily).toEqual({
    lastDay: '2026-03-02',
    streak: 2,
    best: 2,
    lastExercise: second,
    lastCorrect: true,
  });
  // Also a practice answer, scheduled for review like any other.
  expect(Object.keys(saved?.exercises as object)).toContain(second);

  // A missed day breaks the streak; the best is kept.
  await visit(page, '2026-03-04T09:00:00');
  await expect(box(page)).toContainText('No streak yet');
  const fourth = await openQuestion(page);
  await answerRight(page, fourth);
  await expect(box(page)).toContainText('Streak: 1 day (best 2).');
});

test('the same date gives the same question, in English and in Chinese', async ({ page }) => {
  await visit(page, '2026-05-10T12:00:00');
  const en = await openQuestion(page);
  await visit(page, '2026-05-10T18:00:00', '/zh/');
  await expect(box(page)).toContainText('每日一题');
  const zh = await openQuestion(page);
  expect(zh).toBe(en);
  await answerRight(page, zh, '/zh/daily-bank.json');
  await expect(box(page)).toContainText('连续打卡：1 天');
});
