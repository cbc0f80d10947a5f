import { expect, test, type Locator, type Page } from '@playwright/test';
import { openEditor, runner } from './runner';

// Every bracket and quote kind, typed key by key: the editor's auto-closing inserts closers and
// types over them, so only a dropped or repeated key can change the text.
const line =
  'const typed = [tf.scalar(1), { a: "x" }, \'y\', `z`, (2 + 3) * 4]; // <ok> (abc) [x] {y}';
const delays = [0, 10, 30];

/** The editor's lines as shown, top to bottom (Monaco draws spaces as no-break spaces). */
function shownLines(panel: Locator): Promise<string[]> {
  return panel.locator('.monaco-editor .view-lines').evaluate((lines) =>
    Array.from(lines.querySelectorAll<HTMLElement>('.view-line'))
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')),
  );
}

/**
 * Loads the editor and at once, while TypeScript's worker is still starting, types the line
 * at the end of the code with `delay` ms between keys; then checks it arrived exactly.
 */
async function typeAtEnd(page: Page, panel: Locator, delay: number) {
  const editor = await openEditor(panel);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  // Enter keeps the indentation of the line above; a closing line leaves none in these blocks.
  await page.keyboard.type(line, { delay });
  await expect.poll(async () => (await shownLines(panel)).at(-1)).toBe(line);
}

/** After a reload, before any editor loads, the placeholder shows the kept code. */
async function expectKept(panel: Locator) {
  const placeholder = panel.getByTestId('editor-placeholder');
  await expect(placeholder).toBeVisible();
  const text = await placeholder.evaluate((el) => el.textContent ?? '');
  expect(text.split('\n').at(-1)).toBe(line);
}

async function openDrill(page: Page): Promise<Locator> {
  await page.goto('/practice/?mode=question&q=attention-in-text-generation');
  const exercise = page.getByRole('region', {
    name: /Multiple choice|Spot the bug|Coding drill|Explain aloud/,
  });
  while (!(await page.getByRole('heading', { name: 'Coding drill' }).isVisible())) {
    await page.getByRole('button', { name: 'Skip (counts as missed)' }).click();
    await page.getByRole('button', { name: 'Next exercise' }).click();
  }
  await expect(exercise).toHaveAccessibleName('Coding drill');
  return exercise;
}

test.describe('no keystroke is lost', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const delay of delays) {
    test(`a question page's runner, ${delay} ms between keys`, async ({ page }) => {
      await page.goto('/questions/attention-basics/');
      await typeAtEnd(page, runner(page, 'Self-attention on a short sentence'), delay);
      await page.reload();
      await expectKept(runner(page, 'Self-attention on a short sentence'));
    });

    test(`the playground, ${delay} ms between keys`, async ({ page }) => {
      await page.goto('/playground/');
      const panel = () =>
        page.getByRole('region').filter({ has: page.getByRole('button', { name: /Run/ }) });
      await typeAtEnd(page, panel(), delay);
      // The code lives in the link: the reload restores it from there.
      await expect(page).toHaveURL(/#s=/);
      await page.reload();
      await expectKept(panel());
    });

    test(`a coding drill, ${delay} ms between keys`, async ({ page }) => {
      await typeAtEnd(page, await openDrill(page), delay);
      await page.reload();
      await expectKept(await openDrill(page));
    });
  }
});

test.describe('Ctrl+Enter in the instant of the last key', () => {
  test.describe.configure({ timeout: 120_000 });

  // The owner's state may be a render behind the editor when Ctrl+Enter follows a key at once:
  // the run must take the editor's text, so the last line typed is in what runs.
  test("a question page's runner runs the text just typed", async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    const panel = runner(page, 'Self-attention on a short sentence');
    // On cpu: what is tested is which text runs, not a software GPU's start-up on a busy machine.
    await panel.getByLabel('Backend').selectOption('cpu');
    const editor = await openEditor(panel);
    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type("console.log('fresh ' + (6 * 7));", { delay: 0 });
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(panel.getByTestId('run-status')).toContainText(/Ran on \w+/, {
      timeout: 30_000,
    });
    await expect(panel.getByLabel('Console output')).toContainText('fresh 42');
  });
});

test.describe('before the editor arrives', () => {
  test('a caret placed and keys typed in the placeholder are carried over', async ({ page }) => {
    await page.goto('/questions/attention-basics/');
    await page.waitForLoadState('networkidle');
    // Hold back every script asked for from now on (the editor's), so the keys surely come
    // before it: on a fast machine it could otherwise arrive between two of them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    const panel = runner(page, 'Self-attention on a short sentence');
    const placeholder = panel.getByTestId('editor-placeholder');
    // Scrolled into view without the pointer passing over it, which would be intent already.
    await placeholder.scrollIntoViewIfNeeded();
    const box = await placeholder.locator('.line').first().boundingBox();
    if (!box) throw new Error('the first line of the code is not shown');
    const height = (await placeholder.boundingBox())?.height;
    // Just inside the right end of the first line: the caret goes after its last character.
    await page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
    await page.keyboard.type(' // earlyx');
    await page.keyboard.press('Backspace');
    await expect(placeholder).toBeVisible();
    await expect(panel.locator('.monaco-editor')).toHaveCount(0);

    release();
    await expect(panel.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
    // Nothing moved: the editor has the placeholder's height.
    expect((await panel.locator('.monaco-editor').boundingBox())?.height).toBe(height);
    const first = "const tokens = ['the', 'cat', 'sat', 'on', 'the', 'mat']; // early";
    await expect.poll(async () => (await shownLines(panel))[0]).toBe(first);
    // The editor has the focus and the caret where the learner left it: typing goes on there.
    await page.keyboard.type(' and on');
    await expect.poll(async () => (await shownLines(panel))[0]).toBe(`${first} and on`);
  });
});
