import { expect, test, type Page } from '@playwright/test';
import { openEditor, replaceCode } from './runner';

function runnerPanel(page: Page) {
  return page
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: /Run/ }) })
    .first();
}

/** Waits until the service worker has precached the site and controls this page. */
async function waitUntilOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('atlas-'))!);
    return (await cache.keys()).length;
  });
  expect(cached).toBeGreaterThan(100);
}

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });
  test('question pages, the editor, tfjs on wasm and the playground work offline', async ({
    page,
    context,
  }) => {
    // The first visit downloads the whole site (about 35 MB) while the test waits.
    test.setTimeout(240_000);
    await page.goto('/');
    await waitUntilOfflineReady(page);

    await context.setOffline(true);
    // Really offline: a file the service worker does not keep cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch('/index.txt').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');

    await page.goto('/questions/self-attention/');
    const panel = runnerPanel(page);
    await panel.getByLabel('Backend').selectOption('wasm');
    await replaceCode(page, panel, "show.heatmap([[1, 0], [0, 1]], { title: 'Offline map' });");
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(panel.getByTestId('run-status')).toContainText('Ran on wasm', {
      timeout: 60_000,
    });
    await expect(panel.getByRole('img', { name: /Offline map/ })).toBeVisible();

    await page.goto('/playground/');
    const playground = runnerPanel(page);
    await openEditor(playground);
    // cpu: WebGPU on SwiftShader can pass the 5 s limit on a busy machine; offline is the point.
    await playground.getByLabel('Backend').selectOption('cpu');
    await playground.getByRole('button', { name: /Run/ }).click();
    await expect(playground.getByTestId('run-status')).toContainText('Ran on cpu in', {
      timeout: 60_000,
    });
    await expect(playground.locator('figure').first().getByRole('img').first()).toBeVisible();

    // A link inside the site: Next's page data is not cached, so it loads the cached page.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Questions' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'The questions' })).toBeVisible();

    // A folder without its slash, and an address that does not exist.
    await page.goto('/zh/playground');
    await expect(page).toHaveURL(/\/zh\/playground\/$/);
    const missing = await page.goto('/no/such/page/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('a cached file whose bytes were changed is not served: it is fetched again', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await waitUntilOfflineReady(page);
    const chunk = await page.evaluate(() =>
      document.querySelector('script[src^="/_next/static/"]')!.getAttribute('src')!,
    );
    // Poison the service worker's copy of a hashed chunk the home page loads, as code that
    // reached Cache Storage could: one line prepended, the rest of the file intact.
    await page.evaluate(async (path) => {
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('atlas-'))!);
      const original = (await cache.match(path))!;
      const poisoned = `window.poisoned = true;\n${await original.text()}`;
      const headers = new Headers(original.headers);
      headers.delete('content-length');
      await cache.put(path, new Response(poisoned, { headers }));
    }, chunk);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as { poisoned?: boolean }).poisoned)).toBeUndefined();
    // The entry was replaced by the build's bytes.
    const restored = await page.evaluate(async (path) => {
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('atlas-'))!);
      return (await (await cache.match(path))!.text()).startsWith('window.poisoned');
    }, chunk);
    expect(restored).toBe(false);
  });
});
