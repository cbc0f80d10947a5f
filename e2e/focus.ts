import { expect, type Locator, type Page } from '@playwright/test';

/** What the focused element looks like, read in the page: enough to judge its focus ring. */
interface FocusLook {
  description: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  contrast: number;
}

/**
 * Reads the focused element's outline and its contrast against the page background (WCAG 2.2
 * "focus appearance" asks 3:1 for the indicator). Inside Monaco the focused element is a hidden
 * textarea, so there the ring is the nearest ancestor's that draws one (the runner's frame).
 */
async function focusLook(page: Page): Promise<FocusLook> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) && !(focused instanceof SVGElement)) {
      throw new Error('nothing is focused');
    }
    let ring: Element = focused;
    if (focused.closest('.monaco-editor')) {
      let up = focused.closest('.monaco-editor')?.parentElement ?? null;
      while (up && getComputedStyle(up).outlineStyle === 'none') up = up.parentElement;
      ring = up ?? focused;
    }
    const style = getComputedStyle(ring);
    // sRGB relative luminance of "rgb(r, g, b)" or "rgba(...)", as WCAG defines it.
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const a = luminance(style.outlineColor);
    const b = luminance(getComputedStyle(document.body).backgroundColor);
    return {
      description: `${focused.tagName.toLowerCase()} "${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40)}"`,
      focusVisible: ring === focused ? focused.matches(':focus-visible') : true,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };
  });
}

/** The focused element shows a solid ring at least 2px wide with 3:1 contrast to the page. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const look = await focusLook(page);
  const what = `focus ring of ${look.description}: ${JSON.stringify(look)}`;
  expect(look.focusVisible, what).toBe(true);
  expect(look.outlineStyle, what).not.toBe('none');
  expect(look.outlineWidth, what).toBeGreaterThanOrEqual(2);
  expect(look.contrast, what).toBeGreaterThanOrEqual(3);
}

/**
 * Presses Tab until `target` (or something inside it) has focus, checking the focus ring at every stop on the way, and
 * fails after `limit` presses. Returns the number of presses it took.
 */
export async function tabTo(page: Page, target: Locator, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el.contains(document.activeElement))) return presses;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}
