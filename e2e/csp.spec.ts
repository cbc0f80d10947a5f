import { expect, test, type Page } from '@playwright/test';
import { replaceCode } from './runner';

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

function runnerPanel(page: Page) {
  return page.getByRole('region').filter({ has: page.getByRole('button', { name: /Run/ }) });
}

test.describe('content security policy', () => {
  test('pages carry the policy in a meta tag and in headers', async ({ request }) => {
    for (const path of ['/', '/questions/attention-basics/', '/playground/', '/zh/']) {
      const response = await request.get(path);
      const html = await response.text();
      const meta =
        /<head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
          html,
        );
      expect(meta, path).not.toBeNull();
      const scriptSrc = /script-src ([^;]+)/.exec(meta![1])![1].split(' ');
      // Our origin, and inline scripts only by hash: no 'unsafe-inline', no 'unsafe-eval'.
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.some((source) => source.startsWith("'sha256-"))).toBe(true);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      // WebAssembly compiles only in the sandbox (and on /diagnostics/, our own code).
      expect(scriptSrc).not.toContain("'wasm-unsafe-eval'");
      expect(meta![1]).toContain("worker-src 'self'");
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    }
    // Monaco's workers take the policy of their own response: they evaluate nothing either.
    const html = await (await request.get('/')).text();
    const script = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)![1];
    const policy = (await request.get(script)).headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('eval');
  });

  test('the sandbox document allows no network, no script URL and only data: workers', async ({
    request,
  }) => {
    const names = (await (await request.get('/sandbox/names.json')).json()) as { document: string };
    const response = await request.get(names.document);
    const header = response.headers()['content-security-policy'];
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      await response.text(),
    )![1];
    for (const policy of [header, meta]) {
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain('connect-src blob:');
      expect(policy).toContain('worker-src data:');
      expect(policy).toMatch(/script-src 'unsafe-eval' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
    }
    expect(meta).not.toContain("'self'");
    expect(header.replace("frame-ancestors 'self'", '')).not.toContain("'self'");
    // Opened by itself it is still sandboxed; only our own pages may frame it.
    expect(header).toContain('sandbox allow-scripts');
    expect(header).toContain("frame-ancestors 'self'");
  });

  test('browsing, running code and the playground report no violation', async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.goto('/questions/attention-basics/');
    const panel = runnerPanel(page).first();
    await replaceCode(page, panel, "show.heatmap([[1, 0], [0, 1]], { title: 'Under CSP' });");
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(panel.getByRole('img', { name: /Under CSP/ })).toBeVisible({ timeout: 30_000 });
    expect(await violations()).toEqual([]);

    await page.goto('/playground/');
    const playground = runnerPanel(page).first();
    await playground.getByLabel('Backend').selectOption('wasm');
    await playground.getByRole('button', { name: /Run/ }).click();
    await expect(playground.getByTestId('run-status')).toContainText('Ran on wasm', {
      timeout: 30_000,
    });
    expect(await violations()).toEqual([]);
  });

  test('an injected inline script or event handler does not run', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/questions/attention-basics/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as { injected?: boolean; clicked?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.clicked = true;');
      document.body.append(button);
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { injected: flags.injected === true, clicked: flags.clicked === true };
    });
    expect(ran).toEqual({ injected: false, clicked: false });
    expect((await violations()).some((v) => v.includes('script-src'))).toBe(true);
  });
});
