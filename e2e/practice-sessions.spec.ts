import { expect, test, type Page } from '@playwright/test';
import { savedProgress } from './progress';

// Issue 18's journeys: mock review and persistence, the skip rule, the drill report, recovery,
// keyboard focus and the schedule. Each test walks one journey and checks several things.

const basics = '/practice/?mode=question&q=attention-basics';
const whyScaleRight =
  'Dot products of random d-dimensional vectors have variance d; large scores saturate the softmax and its gradients vanish';
const minute = 60_000;
/** A fixed local morning, so "due by the end of today" never straddles midnight. */
const morning = new Date(2026, 2, 2, 10, 0);

const focusedText = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

/** An envelope as the app stores it, around hand-made progress data. */
function envelope(version: number, data: unknown) {
  return { app: 'attention-atlas', kind: 'progress', version, savedAt: morning.getTime(), data };
}

function record(id: string, correct: boolean) {
  const at = morning.getTime() - 60 * minute;
  return [
    id,
    {
      attempts: 1,
      correct: correct ? 1 : 0,
      lastResult: correct ? 'right' : 'wrong',
      lastAt: at,
      card: {
        due: at + 10 * minute,
        stability: 1,
        difficulty: 5,
        elapsed_days: 0,
        scheduled_days: 0,
        learning_steps: 1,
        reps: 1,
        lapses: 0,
        state: 1,
        last_review: at,
      },
    },
  ] as const;
}

function progressData(exercises: (readonly [string, unknown])[]) {
  return {
    version: 3,
    exercises: Object.fromEntries(exercises),
    questions: {},
    mocks: [],
    hints: {},
    daily: null,
  };
}

/** Writes a value under the app's progress key, as if an earlier visit had saved it. */
async function storeRaw(page: Page, value: unknown) {
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('attention-atlas');
        open.onupgradeneeded = () => open.result.createObjectStore('progress');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('progress', 'readwrite');
          tx.objectStore('progress').put(v, 'progress');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

async function readRaw(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('attention-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('progress').objectStore('progress').get('progress');
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

test('a mock interview: skip settles, reload resumes, ending asks, time up says so, every item reviewed', async ({
  page,
}) => {
  await page.clock.install({ time: morning });
  await page.goto('/practice/');
  await page.getByRole('radio', { name: '20 minutes' }).check();
  await page.getByRole('checkbox', { name: 'Vision' }).check();
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  const counter = page.getByText(/^Exercise \d+ of \d+$/);
  await expect(counter).toHaveText(/^Exercise 1 of (\d+)$/);
  const total = Number((await counter.innerText()).match(/of (\d+)/)![1]);

  // Skip settles the item as skipped: nothing is left to answer, only Next.
  await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
  await expect(page.getByTestId('skipped')).toHaveText(/^Skipped: this counts as missed/);
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next exercise' })).toBeFocused();
  await page.getByRole('button', { name: 'Next exercise' }).click();
  await expect(counter).toHaveText(`Exercise 2 of ${total}`);
  const secondKind = await page.locator('#exercise-heading').innerText();
  const clock = page.getByText(/^Time left:/).getByRole('timer');
  await page.clock.fastForward('05:00');
  await expect(clock).toHaveText(/^1[45]:\d\d$/);

  // A reload resumes the same mock: same item, same clock (not a fresh 20:00).
  await page.reload();
  await expect(counter).toHaveText(`Exercise 2 of ${total}`);
  await expect(page.locator('#exercise-heading')).toHaveText(secondKind);
  await expect(clock).toHaveText(/^1[45]:\d\d$/);

  // Ending early asks first; "Keep going" is focused and keeps the mock.
  await page.getByRole('button', { name: 'End the session' }).click();
  const ask = page.getByRole('group', { name: /End the session now\?/ });
  await expect(ask.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await ask.getByRole('button', { name: 'Keep going' }).click();
  await expect(counter).toHaveText(`Exercise 2 of ${total}`);

  // Time runs out: the summary says why it appeared.
  await page.clock.fastForward('16:00');
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('alert')).toHaveText(/^Time is up\. The mock interview ended/);
  await expect(summary.getByText(/^0 of \d+ right\.$/)).toBeVisible();
  const review = summary.getByRole('region', { name: 'Review every item' });
  const items = review
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4 }) });
  await expect(items).toHaveCount(total);
  await expect(items.first()).toContainText('— Skipped');
  await expect(items.nth(1)).toContainText('— Not reached');
  // Each kind shows its right answer: a quiz's choice, a bug's lines, a drill's solution, key points.
  for (const [kind, text] of [
    ['Multiple choice', 'Right answer:'],
    ['Spot the bug', 'The mistake is on line(s)'],
    ['Coding drill', 'A solution'],
  ] as const) {
    const item = items.filter({ hasText: kind }).first();
    if ((await item.count()) > 0) await expect(item).toContainText(text);
  }

  // The summary survives a reload without being counted twice in the history.
  await page.reload();
  await expect(summary.getByText(/^0 of \d+ right\.$/)).toBeVisible();
  await page.goto('/practice/');
  const history = page.getByRole('table', { name: 'Your mock interviews' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText(`0 / ${total}`);
  await expect(history).toContainText('20 minutes');
});

test('a mock interview in Chinese: ending asks first, then the review and the history', async ({
  page,
}) => {
  await page.goto('/zh/practice/');
  await expect(page.getByText('本设备上还没有模拟面试记录。')).toBeVisible();
  await page.getByRole('button', { name: '开始模拟面试' }).click();
  await page.getByRole('button', { name: '结束本轮' }).click();
  const ask = page.getByRole('group', { name: /现在结束这次练习吗/ });
  await ask.getByRole('button', { name: '现在结束' }).click();
  const review = page.getByRole('region', { name: '逐题回顾' });
  await expect(review).toContainText('未作答');
  await page.getByRole('link', { name: '返回练习' }).click();
  await expect(page.getByRole('table', { name: '你的模拟面试记录' }).getByRole('row')).toHaveCount(
    2,
  );
});

test('keyboard and schedule: focus follows each answer, skip settles, one due count all day', async ({
  page,
}) => {
  await page.clock.install({ time: morning });
  await page.goto(basics);
  // A quiz answered from the keyboard: focus goes to the verdict, then Tab reaches Next.
  const first = page.getByLabel(whyScaleRight).locator('xpath=ancestor::ul//input').first();
  await first.focus();
  for (let i = 0; i < 4 && !(await page.getByLabel(whyScaleRight).isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  expect(await focusedText(page)).toMatch(/^✓ Right\./);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next exercise' })).toBeFocused();
  // FSRS brings a first right answer back after ten minutes, and says so.
  await expect(page.getByTestId('next-review')).toHaveText('Comes back for review in 10 minutes.');
  await page.keyboard.press('Enter');

  // Skip, then the item cannot be answered: no choices, no Check answer.
  await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
  await expect(page.getByTestId('skipped')).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next exercise' })).toBeFocused();

  // Both come back today: the header, the practice page and its tools say 2, a minute on too.
  const header = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Practice/ });
  await expect(header).toHaveText(/Practice\s*2 due/);
  await page.clock.fastForward('01:30');
  await expect(header).toHaveText(/Practice\s*2 due/);
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Next exercise' }).click();
    await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
  }
  await page.getByRole('button', { name: 'Next exercise' }).click();

  // Spot the bug by keyboard: the verdict takes focus, and Tab walks past the comparison code
  // (read-only text, not an editor) to Next without typing into anything.
  await expect(page.locator('#exercise-heading')).toHaveText('Spot the bug');
  await page.getByRole('button', { name: /^Line 5 ?:/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  expect(await focusedText(page)).toMatch(/^✓ Right\./);
  const next = page.getByRole('button', { name: 'Next exercise' });
  for (let i = 0; i < 40 && !(await next.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    const inEditor = await page.evaluate(() =>
      Boolean(document.activeElement?.closest('.monaco-editor, textarea, [contenteditable]')),
    );
    expect(inEditor, 'Tab reached an editor').toBe(false);
  }
  await expect(next).toBeFocused();
  await expect(page.getByRole('region', { name: 'Buggy version' }).locator('pre')).toContainText(
    'const scaled',
  );
  await next.click();
  await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
  await page.getByRole('button', { name: 'Next exercise' }).click();

  // Explain aloud: the key points take focus; "Good" with none ticked is asked about once.
  await page.getByRole('button', { name: 'I have answered: show the key points' }).click();
  await expect(
    page
      .getByRole('group', { name: 'Key points of a strong answer' })
      .getByRole('checkbox')
      .first(),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'You ticked none of the key points' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByText('Your rating: Good.')).toBeFocused();

  await page.goto('/practice/');
  // The header's count arrives with the progress store: wait for it, then compare.
  await expect(header).toHaveText(/\d+ due/);
  const due = (await header.innerText()).match(/(\d+) due/)![1];
  await expect(page.getByRole('heading', { name: /^Due for review today: \d+$/ })).toHaveText(
    `Due for review today: ${due}`,
  );
  await expect(page.getByText(/^Answered: \d+\./)).toContainText(/Due today: \d+\./);
});

test('the drill report: every case runs and says how it ended, in English and Chinese', async ({
  page,
}) => {
  for (const [prefix, threw, submit] of [
    ['', 'threw an error: not implemented yet', 'Submit'],
    ['/zh', '抛出错误：not implemented yet', '提交'],
  ] as const) {
    await page.goto(`${prefix}/practice/?mode=question&q=attention-basics`);
    // The drill comes after the four quizzes and the bug.
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: /Skip|跳过/ }).click();
      await page.getByRole('button', { name: /Next exercise|下一题/ }).click();
    }
    // The starter throws in every case: each is listed as having thrown, none as "not run".
    await page.getByRole('button', { name: submit, exact: true }).click();
    const report = page.getByTestId('grade-report');
    await expect(report).toHaveAttribute('data-passed', 'false', { timeout: 30_000 });
    const cases = report.getByRole('listitem');
    const count = await cases.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await expect(cases.nth(i)).toContainText(threw);
    await expect(report.locator('li[data-status="threw"]')).toHaveCount(count);
  }
});

test('recovery keeps valid records, leaves newer data alone; imports drop unknown exercises', async ({
  page,
}) => {
  await page.goto('/practice/');
  await expect(page.getByText(/^Answered: 0\./)).toBeVisible();
  const good = [
    record('quiz:attention-basics:why-scale', true),
    record('quiz:attention-basics:weights-shape', false),
  ];
  const bad = [
    'quiz:attention-basics:mask-meaning',
    { ...record('x', true)[1], correct: 5 },
  ] as const;
  await storeRaw(page, envelope(3, progressData([...good, bad])));
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Part of your saved progress' }),
  ).toHaveText(/1 record\(s\) could not be read/);
  await expect(page.getByText(/^Answered: 2\./)).toBeVisible();
  const backups = page.getByTestId('progress-backups');
  const download = page.waitForEvent('download');
  await backups.getByRole('button', { name: 'Download the copy' }).click();
  expect((await download).suggestedFilename()).toMatch(/^attention-atlas-progress-set-aside-/);
  // The notice shows on the visit that found the damage; the copy stays listed until deleted.
  await page.reload();
  await expect(page.getByText(/Part of your saved progress/)).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await backups.getByRole('button', { name: 'Delete the copy' }).click();
  await expect(backups).toHaveCount(0);

  // Chinese: the same notice, in Chinese.
  await storeRaw(page, envelope(3, progressData([...good, bad])));
  await page.goto('/zh/practice/');
  await expect(
    page.getByRole('alert').filter({ hasText: '已保存的进度有一部分损坏' }),
  ).toBeVisible();

  // A newer version's progress: untouched, with a message to reload.
  const future = envelope(4, { anything: true });
  await storeRaw(page, future);
  await page.goto('/practice/');
  await expect(
    page.getByRole('alert').filter({ hasText: 'saved by a newer version' }),
  ).toBeVisible();
  expect(await readRaw(page)).toEqual(future);

  // Import: a record for an exercise the site lacks is left out, and the header does not count it.
  await storeRaw(page, envelope(3, progressData(good)));
  await page.reload();
  const tools = page.getByRole('region', { name: 'Your progress' });
  await page.getByTestId('progress-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{'),
  });
  await expect(tools.getByRole('alert')).toBeVisible();
  // Cancelling the next import's confirmation clears the earlier file's error.
  const file = JSON.stringify(
    envelope(3, progressData([good[0], record('quiz:no-such-question:item', false)])),
  );
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByTestId('progress-file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(tools.getByRole('alert')).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('progress-file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(tools.getByRole('status')).toHaveText(
    'Progress imported. 1 record(s) for exercises this site does not have were left out.',
  );
  const saved = await savedProgress(page);
  expect(Object.keys(saved?.exercises as object)).toEqual(['quiz:attention-basics:why-scale']);
});
