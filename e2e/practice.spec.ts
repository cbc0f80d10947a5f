import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { replaceCode } from './runner';

// Question 1's items, as written in content/questions/01-attention-basics.mdx.
const basics = '/practice/?mode=question&q=attention-basics';
const whyScaleRight =
  'Dot products of random d-dimensional vectors have variance d; large scores saturate the softmax and its gradients vanish';
const shapesWrong = 'weights [B, S, L], output [B, S, dv]';
const shapesRight = 'weights [B, L, S], output [B, L, dv]';

const exercise = (page: Page) =>
  page.getByRole('region', { name: /Multiple choice|Spot the bug|Coding drill|Explain aloud/ });
const stats = (page: Page) => page.getByText(/^Answered: \d+\./);

async function answerFirstQuizRight(page: Page) {
  await page.goto(basics);
  await page.getByLabel(whyScaleRight).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
}

test('a multiple-choice item answered right, then one answered wrong', async ({ page }) => {
  await answerFirstQuizRight(page);
  await expect(page.getByText(/Dividing by √d brings it back/)).toBeVisible();
  await page.getByRole('button', { name: 'Next exercise' }).click();
  await expect(page.getByText('Exercise 2 of')).toBeVisible();
  await page.getByLabel(shapesWrong).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
  // The right answer is named in words, not only coloured.
  await expect(
    page.getByRole('listitem').filter({ hasText: shapesRight }).getByText('✓ correct answer'),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: shapesWrong }).getByText('✗ your choice'),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'practice quiz after a wrong answer');
});

test('a multiple-choice item can be answered with the keyboard alone', async ({ page }) => {
  await page.goto(basics);
  const first = page.getByLabel(whyScaleRight).locator('xpath=ancestor::ul//input').first();
  await first.focus();
  // Radio buttons: arrow keys move the choice (the order is shuffled, so walk until the right
  // one is checked); Enter submits the form.
  for (let i = 0; i < 4 && !(await page.getByLabel(whyScaleRight).isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.getByLabel(whyScaleRight)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
});

test('spot the bug: pick the wrong line, then see both versions run', async ({ page }) => {
  await page.goto(basics);
  await expect(exercise(page)).toHaveAccessibleName('Multiple choice');
  // Skip the four quiz items to reach the bug.
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
    await page.getByRole('button', { name: 'Next exercise' }).click();
  }
  await expect(exercise(page)).toHaveAccessibleName('Spot the bug');
  const check = page.getByRole('button', { name: 'Check answer' });
  await expect(check).toBeDisabled();
  const line5 = page.getByRole('button', { name: /^Line 5 ?: const scaled/ });
  await line5.click();
  await expect(line5).toHaveAttribute('aria-pressed', 'true');
  await check.click();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  await expect(page.getByText('The mistake is on line(s) 5.')).toBeVisible();
  for (const name of ['Buggy version', 'Fixed version']) {
    const runner = page.getByRole('region', { name });
    await expect(runner.getByTestId('run-status')).toContainText('Ran on', { timeout: 30_000 });
    await expect(runner.locator('figure').getByRole('img').first()).toBeVisible();
  }
  // The buggy code divides by zero: its map has non-finite cells; the fixed one sums to 1.
  await expect(page.getByRole('region', { name: 'Buggy version' })).toContainText(
    'NaN or infinite',
  );
  await expect(page.getByRole('region', { name: 'Fixed version' })).toContainText(
    'Each row sums to 1.',
  );
  await expectNoSeriousViolations(page, 'practice spot-the-bug after checking');
});

test('quiz choices are shuffled per attempt and graded by content, not position', async ({
  page,
}) => {
  const choiceTexts = async () => {
    await expect(page.getByLabel(whyScaleRight)).toBeVisible();
    return exercise(page)
      .getByRole('listitem')
      .locator('label > span:first-of-type')
      .allInnerTexts();
  };
  await page.goto(basics);
  const first = await choiceTexts();
  expect(first).toContain(whyScaleRight);
  expect(first).toHaveLength(4);
  // Within one attempt the order holds: answering re-renders the card without moving anything.
  await page.getByLabel(whyScaleRight).check();
  expect(await choiceTexts()).toEqual(first);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
  expect(await choiceTexts()).toEqual(first);
  // A new attempt draws a new order; the same text is still the right answer wherever it lands.
  const orders = new Set([first.join('|')]);
  for (let attempt = 0; attempt < 6 && orders.size < 2; attempt++) {
    await page.goto(basics);
    orders.add((await choiceTexts()).join('|'));
  }
  expect(orders.size).toBeGreaterThan(1);
  await page.getByLabel(whyScaleRight).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
});

test('spot the bug: a wrong line is marked wrong, the right one right', async ({ page }) => {
  // Question 20's second bug: the time-major tensor used as batch-major, on line 9.
  const labelling = '/practice/?mode=question&q=attention-in-sequence-labelling';
  const reachSecondBug = async () => {
    await page.goto(labelling);
    // Found by its code: a bug's title names the mistake only once it is answered.
    const line9 = page.getByRole('button', { name: /^Line 9 ?: const x = timeMajor;/ });
    while (!(await line9.isVisible())) {
      await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
      await page.getByRole('button', { name: 'Next exercise' }).click();
    }
    await expect(exercise(page)).toHaveAccessibleName('Spot the bug');
  };
  await reachSecondBug();
  await page.getByRole('button', { name: /^Line 10 ?: const \{ output, weights \}/ }).click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
  await expect(page.getByText('The mistake is on line(s) 9.')).toBeVisible();

  await reachSecondBug();
  await page.getByRole('button', { name: /^Line 9 ?: const x = timeMajor;/ }).click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
});

test('explain aloud: the key points as a checklist, then a self-rating', async ({ page }) => {
  await page.goto(basics);
  // The explain-aloud card comes last in a question's set.
  while (!(await page.getByRole('heading', { name: 'Explain aloud', level: 2 }).isVisible())) {
    await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
    await page.getByRole('button', { name: /Next exercise|See the summary/ }).click();
  }
  await expect(page.getByText(/What is attention/).first()).toBeVisible();
  await expect(page.getByText(/^Time speaking:/).getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  await page.getByRole('button', { name: 'I have answered: show the key points' }).click();
  const points = page
    .getByRole('group', { name: 'Key points of a strong answer' })
    .getByRole('checkbox');
  expect(await points.count()).toBeGreaterThanOrEqual(3);
  await points.nth(0).check();
  await points.nth(1).check();
  await expect(page.getByText(/^2 of \d+ points covered\.$/)).toBeVisible();
  await expectNoSeriousViolations(page, 'practice explain-aloud with key points');
  await page.getByRole('button', { name: 'Good' }).click();
  await expect(page.getByRole('button', { name: 'See the summary' })).toBeVisible();
  await page.getByRole('button', { name: 'See the summary' }).click();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(
    /^Summary1 of \d+ right\./,
  );
});

test('a short mock interview runs to its summary when the clock runs out', async ({ page }) => {
  await page.clock.install();
  await page.goto('/practice/');
  await page.getByRole('radio', { name: '20 minutes' }).check();
  await page.getByRole('checkbox', { name: 'Vision' }).check();
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  await expect(page.getByText(/^Time left:/).getByRole('timer')).toHaveText(/^(20:00|19:5\d)$/);
  // No hints in a mock: an answer is only "recorded".
  await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /recorded|Right|Not quite/ }),
  ).toHaveCount(0);
  await page.clock.fastForward('20:00');
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toBeVisible();
  await expect(summary.getByText(/^0 of \d+ right\.$/)).toBeVisible();
  await expect(summary.getByRole('table', { name: 'By topic' })).toContainText('Vision');
  // Every missed item links to its page.
  const links = summary.getByRole('listitem').getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  await expect(links.first()).toHaveAttribute('href', /^\/questions\/[a-z0-9-]+\/$/);
  await expectNoSeriousViolations(page, 'practice mock interview summary');
});

test('progress survives a reload and shows in the list and the header', async ({ page }) => {
  // A fixed local morning: both answers come back later today, whenever the test runs.
  await page.clock.install({ time: new Date(2026, 2, 2, 10, 0) });
  await answerFirstQuizRight(page);
  await page.getByRole('button', { name: 'Next exercise' }).click();
  await page.getByLabel(shapesWrong).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();

  await page.goto('/practice/');
  await expect(stats(page)).toHaveText(/^Answered: 2\. Right at the last try: 1\./);
  await page.reload();
  await expect(stats(page)).toHaveText(/^Answered: 2\. Right at the last try: 1\./);

  // FSRS brings a first wrong answer back after 1 minute and a first right one after 10: both
  // are due by the end of today, which is what the header counts, now and five minutes on.
  const practiceLink = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Practice/ });
  await expect(practiceLink).toHaveText(/Practice\s*2 due/);
  await page.clock.fastForward('05:00');
  await expect(practiceLink).toHaveText(/Practice\s*2 due/);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Questions' })
    .click();
  const item = page
    .getByRole('listitem')
    .filter({ hasText: 'What is attention, and how is it used' });
  await expect(item).toContainText('1 of 2 right');
  await expect(item).toContainText('2 due');
  await page.getByLabel('Progress').selectOption('due');
  await expect(page.getByRole('list', { name: 'The questions' }).getByRole('listitem')).toHaveCount(
    1,
  );
});

test('export, clear and import bring progress back; a bad file changes nothing', async ({
  page,
}) => {
  await answerFirstQuizRight(page);
  await page.goto('/practice/');
  await expect(stats(page)).toHaveText(/^Answered: 1\./);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  await expect(page.getByText(/Progress saved as attention-atlas-progress-/)).toBeVisible();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Clear progress' }).click();
  await expect(page.getByText('Progress cleared.')).toBeVisible();
  await expect(stats(page)).toHaveText(/^Answered: 0\./);

  await page.getByTestId('progress-file').setInputFiles(file);
  await expect(page.getByText('Progress imported.')).toBeVisible();
  await expect(stats(page)).toHaveText(/^Answered: 1\./);

  const tools = page.getByRole('region', { name: 'Your progress' });
  await page.getByTestId('progress-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app": "attention-atlas", "kind": "progress", "version": 2, "data": {'),
  });
  await expect(tools.getByRole('alert')).toHaveText(/not a progress file \(it is not JSON\)/);
  await page.getByTestId('progress-file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(tools.getByRole('alert')).toHaveText(/not an Attention Atlas progress file/);
  await page.reload();
  await expect(stats(page)).toHaveText(/^Answered: 1\./);
});

test('without storage the practice still works and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await answerFirstQuizRight(page);
  await expect(page.getByText(/progress will not be kept/)).toBeVisible();
});

test('a bad practice link shows the choices with a note', async ({ page }) => {
  await page.goto('/practice/?mode=question&q=no-such-question');
  await expect(page.getByText('This practice link was not understood')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mock interview', exact: true })).toBeVisible();
});

// One line, so the editor's bracket auto-closing cannot leave stray braces behind.
const causal = (scale: string) =>
  'const causalAttention = (q, k, v) => tf.tidy(() => { ' +
  'const [, L, d] = q.shape; const S = k.shape[1]; ' +
  `const scores = tf.div(tf.matMul(q, k, false, true), ${scale}); ` +
  'const i = tf.reshape(tf.range(0, L), [L, 1]); const j = tf.reshape(tf.range(0, S), [1, S]); ' +
  'const blocked = tf.broadcastTo(tf.greater(j, i), scores.shape); ' +
  'const weights = tf.softmax(tf.where(blocked, tf.fill(scores.shape, -Infinity), scores)); ' +
  'return { output: tf.matMul(weights, v), weights }; });';

test('a coding drill: a wrong answer shows the difference, a right one passes', async ({
  page,
}) => {
  await page.goto('/practice/?mode=question&q=attention-in-text-generation');
  while (
    (await exercise(page).getAttribute('aria-labelledby')) &&
    !(await page.getByRole('heading', { name: 'Coding drill' }).isVisible())
  ) {
    await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
    await page.getByRole('button', { name: 'Next exercise' }).click();
  }
  const drill = exercise(page);
  await expect(drill).toHaveAccessibleName('Coding drill');
  await expect(
    drill.getByRole('heading', { name: 'Causal scaled dot-product attention' }),
  ).toBeVisible();

  // Forgetting the 1/sqrt(d) scale: the values differ, shown as heatmaps side by side.
  await replaceCode(page, drill, causal('1'));
  await drill.getByRole('button', { name: 'Submit' }).click();
  const report = drill.getByTestId('grade-report');
  await expect(report).toHaveAttribute('data-passed', 'false', { timeout: 30_000 });
  await expect(report.getByRole('alert')).toContainText('Values differ');
  for (const label of ['Expected', 'Yours', 'Yours minus expected'])
    await expect(report.getByText(label, { exact: true })).toBeVisible();
  await expect(report.getByRole('img', { name: /^Yours minus expected/ }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'practice drill after a failing submission');

  // Ctrl+Enter in the same instant as the last edit grades that edit, not the render before it.
  await replaceCode(page, drill, causal('Math.sqrt(d)'));
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(report).toHaveAttribute('data-passed', 'true', { timeout: 30_000 });
  await expect(report).toContainText(/All \d+ cases pass \(\d+ of them hidden\)/);
  await expect(page.getByRole('button', { name: 'Next exercise' })).toBeVisible();
});
