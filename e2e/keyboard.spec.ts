import { expect, test } from '@playwright/test';
import { expectVisibleFocus, tabTo } from './focus';
import { runner } from './runner';

const demo = 'Self-attention on a short sentence';

// Runs in the page: whether focus is inside the editor of this panel.
const focusInEditor = (panel: Element) =>
  panel.contains(document.activeElement) &&
  document.activeElement?.closest('.monaco-editor') !== null;

test.describe('keyboard only', () => {
  test('search, open a question, edit, leave the editor, run, read the heatmap', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');

    // Search: Tab to the box, type, Tab on to the first result and open it with Enter.
    const search = page.getByRole('searchbox', { name: 'Search questions' });
    await tabTo(page, search);
    // As fast as keys can come: the box must not drop any.
    await page.keyboard.type('what is attention');
    await expect(search).toHaveValue('what is attention');
    const result = page
      .getByRole('list', { name: 'The questions' })
      .getByRole('link', { name: /What is attention, and how/ });
    await expect(result).toBeVisible();
    await tabTo(page, result);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/questions\/attention-basics\/$/);

    // Reach the code. Focus on it loads the editor, which takes the focus over when it arrives.
    const panel = runner(page, demo);
    // The code area, not the placeholder: the editor may replace it between two checks.
    await tabTo(page, panel.getByTestId('code-area'), 120);
    await expect(panel.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
    // Monaco's focus lands on its hidden input (an EditContext div in Chromium, else a textarea).
    await expect(page.locator('.monaco-editor :focus')).toHaveAccessibleName('Edit code');

    // Edit: add a line at the end. Escape closes any suggestion the typing opened.
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    // insertText, like an input method: typed key by key, the editor's suggestions and bracket
    // auto-closing would rewrite the line.
    await page.keyboard.insertText('console.log("typed by keyboard");');
    await page.keyboard.press('Escape');
    await expect(panel.getByText('Edited')).toBeVisible();

    // Tab is kept for indentation: focus stays in the editor ...
    await page.keyboard.press('Tab');
    expect(await panel.evaluate(focusInEditor)).toBe(true);
    await page.keyboard.press('Backspace'); // ... so take the indentation back out.
    // ... and the hint under the editor names the way out.
    await expect(panel.getByText(/Ctrl\+M/)).toBeVisible();

    // Run from the editor with Ctrl+Enter.
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(panel.getByTestId('run-status')).toContainText(/Ran on \w+ in/, {
      timeout: 30_000,
    });
    await expect(panel.getByLabel('Console output')).toContainText('typed by keyboard');

    // Ctrl+M switches Tab to moving focus, and Tab leaves the editor.
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    expect(await panel.evaluate(focusInEditor)).toBe(false);
    await expectVisibleFocus(page);

    // On to the heatmap, and through its cells with the arrow keys.
    const chart = panel.getByRole('img', { name: /Which token each token attends to/ });
    await tabTo(page, chart);
    await expect(chart).toHaveAccessibleName(/6 rows? (by|×|x) 6 col/i);
    await expect(chart).toHaveAccessibleDescription(/Arrow keys/i);
    const live = panel.locator('[aria-live="polite"]').filter({ hasText: /^row / });
    await expect(live).toHaveText(/^row the, column the, value 0\.\d+$/);
    await page.keyboard.press('ArrowRight');
    await expect(live).toHaveText(/^row the, column cat, value 0\.\d+$/);
    await page.keyboard.press('ArrowDown');
    await expect(live).toHaveText(/^row cat, column cat, value 0\.\d+$/);
    await page.keyboard.press('End');
    await expect(live).toHaveText(/^row cat, column mat, value 0\.\d+$/);
    // The page did not scroll away under the arrow keys: the chart still has focus.
    await expect(chart).toBeFocused();

    // The table alternative opens from the keyboard too.
    const toggle = panel.getByRole('button', { name: 'Show table' }).first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(panel.locator('table').first()).toBeVisible();
  });

  test('a spot-the-bug answer opens from the keyboard', async ({ page }) => {
    // Question pages render no quiz yet (the practice page will hold the quizzes and their
    // keyboard tests); the one exercise on a question page is spot-the-bug.
    await page.goto('/questions/attention-basics/');
    // Start at the buggy code (focusable, since long lines scroll) rather than tab through the
    // whole answer above it; the next stop is the button that reveals the answer.
    await page
      .getByRole('list', { name: /Code with a bug/ })
      .first()
      .focus();
    await tabTo(page, page.locator('summary').first(), 3);
    await page.keyboard.press('Enter');
    await expect(page.locator('details').first()).toHaveAttribute('open', '');
  });

  test('the skip link is the first stop and jumps to the content', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expectVisibleFocus(page);
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe('reduced motion', () => {
  test('transitions and smooth scrolling are off when the system asks', async ({ page }) => {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Clear filters' });
    const motion = () =>
      button.evaluate((el) => ({
        transition: getComputedStyle(el).transitionDuration,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      }));
    // Without the preference the button animates its colours and anchors scroll smoothly ...
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const normal = await motion();
    expect(normal.transition).not.toBe('0s');
    expect(normal.scroll).toBe('smooth');
    // ... and with it nothing moves.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ transition: '0s', scroll: 'auto' });
  });
});
