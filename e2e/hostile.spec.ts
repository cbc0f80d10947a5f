import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeState } from '../lib/playground/urlState';
import { wallHint } from '../lib/runtime/thrown';
import { heatmapTable, replaceCode } from './runner';

// Hostile and broken code in the playground: every case must end with a clear message in the
// output panel, keep the learner's code in the editor, and leave a runner whose next run works.

function runnerPanel(page: Page): Locator {
  return page.getByRole('region').filter({ has: page.getByRole('button', { name: /Run/ }) });
}

async function openPlayground(page: Page, backend = 'cpu'): Promise<Locator> {
  await page.goto('/playground/');
  const panel = runnerPanel(page);
  await panel.getByLabel('Backend').selectOption(backend);
  return panel;
}

async function run(page: Page, panel: Locator, code: string) {
  await replaceCode(page, panel, code);
  await panel.getByRole('button', { name: /Run/ }).click();
}

/** The code that misbehaved is still in the editor, and ordinary code runs after it. */
async function expectUsable(page: Page, panel: Locator, kept: string) {
  // The editor, or its placeholder where the editor has not loaded yet (a link that was run).
  const code = panel.locator('.monaco-editor, [data-testid="editor-placeholder"]').first();
  await expect(code).toContainText(kept);
  await run(page, panel, "show.heatmap([[1, 2], [3, 4]], { title: 'Still works' });");
  await expect(panel.getByRole('img', { name: /Still works/ })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('alert')).toHaveCount(0);
}

test.describe('hostile and broken code', () => {
  test('an endless loop is stopped by the time limit', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'while (true) {}');
    await expect(panel.getByRole('alert')).toContainText('Stopped after 5 s', { timeout: 20_000 });
    await expectUsable(page, panel, 'while (true) {}');
  });

  test('endless recursion explains the stack overflow and points to the line', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'const start = 0;\nfunction f(n) { return f(n + 1) + 1 }\nf(start);');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Maximum call stack size exceeded');
    await expect(alert).toContainText('recursive function');
    await expect(alert).toContainText('at line 2');
    await expectUsable(page, panel, 'return f(n + 1) + 1');
  });

  test('huge tensors are refused with their shape and the limit, on the GPU too', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // Automatic picks WebGPU here: the backend where a 1.6 GB buffer would do the most harm.
    const panel = await openPlayground(page, 'auto');
    const alert = panel.getByRole('alert');
    const cases = [
      [
        'tf.zeros([20000, 20000]);',
        /tf\.zeros would make a tensor of shape \[20000, 20000\] with 400,000,000 values, more than the 33,554,432/,
      ],
      [
        'tf.randomNormal([20000, 20000]);',
        /tf\.randomNormal would make a tensor of shape \[20000, 20000\]/,
      ],
      // Not a creation op: caught where the backend would allocate the result.
      [
        'tf.matMul(tf.ones([20000, 1]), tf.ones([1, 20000]));',
        /This operation would make a tensor of shape \[1, 20000, 20000\]/,
      ],
      [
        'show.heatmap(tf.ones([2100, 2100]));',
        /show\.heatmap: shape \[2100, 2100\] has 4,410,000 cells, too many to draw \(the limit is 4,194,304\)/,
      ],
    ] as const;
    for (const [code, message] of cases) {
      await run(page, panel, code);
      await expect(alert).toContainText(message, { timeout: 30_000 });
      await expect(panel.getByTestId('run-status')).toContainText('Ran on webgpu');
    }
    await expectUsable(page, panel, 'show.heatmap(tf.ones([2100, 2100]));');
    await expect(panel.getByTestId('run-status')).toContainText('Ran on webgpu');
  });

  test('an error escaping the run stops the worker: reported, replaced, next run works', async ({
    page,
  }) => {
    const panel = await openPlayground(page);
    // A microtask's error is outside the run's try/catch: the worker reports it to the page.
    await run(
      page,
      panel,
      "queueMicrotask(() => { throw new Error('escaped'); });\nawait new Promise(() => {});",
    );
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('The runner crashed');
    await expect(alert).toContainText('escaped');
    await expect(alert).toContainText('It has restarted');
    await expectUsable(page, panel, "throw new Error('escaped')");
  });

  test('a long console stream is capped with a note', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, "for (let i = 0; i < 100000; i++) console.log('line', i);");
    const output = panel.getByLabel('Console output');
    await expect(output).toContainText('output cut after 500 lines');
    await expect(output.locator('div')).toHaveCount(501);
    await expect(output.locator('div').nth(499)).toHaveText('line 499');
    await expect(panel.getByTestId('run-status')).toContainText('Ran on cpu');
    await expectUsable(page, panel, 'i < 100000');
  });

  test('an endless console stream keeps the page responsive and is stopped', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'let i = 0;\nwhile (true) console.log(i++);');
    await expect(panel.getByRole('button', { name: 'Running…' })).toBeVisible();
    // The page still paints and takes typing while the worker is busy.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await panel.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(' // still typing');
    await expect(panel.locator('.monaco-editor')).toContainText('still typing');
    await expect(panel.getByRole('alert')).toContainText('Stopped after 5 s', { timeout: 20_000 });
    await expectUsable(page, panel, 'still typing');
  });

  test('thrown values that are not Errors are described', async ({ page }) => {
    const panel = await openPlayground(page);
    const alert = panel.getByRole('alert');
    for (const [code, shown] of [
      ['throw 42;', 'Your code threw 42, which is not an Error'],
      ['throw { a: 1 };', 'Your code threw {"a":1}, which is not an Error'],
      ['throw null;', 'Your code threw null, which is not an Error'],
    ]) {
      await run(page, panel, code);
      await expect(alert).toContainText(shown);
    }
    await expectUsable(page, panel, 'throw null;');
  });

  test('a syntax error shows its line', async ({ page }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'const a = 1;\nconst b = [1, 2;\nconst c = 3;');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Syntax error');
    await expect(alert).toContainText('at line 2');
    await expectUsable(page, panel, 'const b = [1, 2;');
  });

  test('a promise that never resolves is stopped, and the message says it may be waiting', async ({
    page,
  }) => {
    const panel = await openPlayground(page);
    await run(page, panel, 'await new Promise(() => {});');
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('Stopped after 5 s', { timeout: 20_000 });
    await expect(alert).toContainText('never finishes');
    await expect(alert).toContainText('promise that is never resolved');
    await expectUsable(page, panel, 'await new Promise(() => {});');
  });

  test('network, storage and the page are out of reach, and the page is untouched', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const panel = await openPlayground(page);
    await page.evaluate(() => localStorage.setItem('hostile-check', 'kept'));
    const alert = panel.getByRole('alert');
    const cases = [
      ["await fetch('https://example.com');", 'fetch', 'cannot reach the network'],
      ["await self.fetch('https://example.com');", 'fetch', 'cannot reach the network'],
      ["await globalThis.fetch('https://example.com');", 'fetch', 'cannot reach the network'],
      ["importScripts('x.js');", 'importScripts', 'cannot reach the network'],
      ["indexedDB.open('x');", 'indexedDB', "cannot use the browser's storage"],
      [
        "localStorage.setItem('hostile-check', 'gone');",
        'localStorage',
        "cannot use the browser's storage",
      ],
      ["document.body.innerHTML = '';", 'document', 'cannot reach the page'],
    ] as const;
    for (const [code, name, why] of cases) {
      await run(page, panel, code);
      await expect(alert).toContainText(`${name} is not available here`);
      await expect(alert).toContainText(why);
      await expect(alert).toContainText('at line 1');
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('hostile-check'))).toBe('kept');
    await expectUsable(page, panel, "document.body.innerHTML = '';");
    // The wasm backend fetches its binary when it starts: the stand-ins must not have hidden it.
    await panel.getByLabel('Backend').selectOption('wasm');
    await run(page, panel, "show.heatmap([[5, 6]], { title: 'On wasm' });");
    await expect(panel.getByTestId('run-status')).toContainText('Ran on wasm', { timeout: 30_000 });
    await expect(panel.getByRole('img', { name: /On wasm/ })).toBeVisible();
  });

  test('NaN and infinities are drawn, marked and described; the scale uses finite values', async ({
    page,
  }) => {
    const panel = await openPlayground(page);
    await run(
      page,
      panel,
      "show.heatmap(tf.tensor2d([[NaN, 1], [Infinity, -Infinity], [0.5, 2]]), { title: 'Odd values' });",
    );
    await expect(panel.getByRole('alert')).toHaveCount(0);
    const chart = panel.getByRole('img', { name: /Odd values/ });
    await expect(chart).toHaveAccessibleName(/values from 0\.5 to 2\./);
    await expect(chart).toHaveAccessibleName(/1 cells are masked\./);
    await expect(chart).toHaveAccessibleName(/2 cells are not finite numbers/);
    await expect(panel.getByRole('img', { name: 'Colour scale: 0.5 – 2' })).toBeVisible();
    await expect(panel.getByText('NaN or infinite')).toBeVisible();
    const table = await heatmapTable(panel);
    expect(table).toEqual([
      ['not a number (NaN)', '1'],
      ['positive infinity', 'masked'],
      ['0.5', '2'],
    ]);
  });

  test('ten runs in quick succession end showing the latest code', async ({ page }) => {
    test.setTimeout(120_000);
    const panel = await openPlayground(page);
    for (let n = 1; n <= 10; n++) {
      await replaceCode(page, panel, `console.log('run ${n}');`);
      await page.keyboard.press('ControlOrMeta+Enter');
    }
    const output = panel.getByLabel('Console output');
    await expect(output).toHaveText('run 10');
    // Every run has finished (none still queued), and the last one's output is what stays.
    await expect(panel.getByRole('button', { name: '▶ Run' })).toBeVisible();
    await expect(output).toHaveText('run 10');
    await expect(panel.locator('.monaco-editor')).toContainText("console.log('run 10');");
  });
});

// Learner code runs in a worker inside a sandboxed frame: an opaque origin with no storage, no
// cache and no network (docs/architecture.md, "The code sandbox"). Each attack below digs out
// the real global object, so the runner's stand-ins do not stop it: the boundary must.
const realGlobal = "const g = Function('return this')();";
/** Code that awaits a connection and throws how it ended. */
const connect = (make: string) =>
  `${realGlobal}\nconst c = ${make};\nawait new Promise((resolve) => { c.onopen = resolve; c.onerror = resolve; });\nthrow new Error(c.readyState === 1 ? 'connected' : 'could not connect');`;
/**
 * Nested workers that try storage, Cache Storage and the network and report what happened: one
 * from a blob: URL (the policy allows no such worker) and one from a data: URL (allowed: it gets
 * an opaque origin of its own and the sandbox's policy, so it reaches nothing either).
 */
const nestedWorkers = (origin: string) => `${realGlobal}
const source = \`
  const out = [];
  try { indexedDB.open('attention-atlas'); out.push('indexedDB opened'); } catch (e) { out.push('indexedDB: ' + e.name); }
  try { caches.open('atlas-poison').then(() => {}, () => {}); out.push('caches opened'); } catch (e) { out.push('caches: ' + e.name); }
  fetch('${origin}/sentinel/nested').then(() => 'fetched', (e) => 'fetch: ' + e.message)
    .then((f) => { out.push(f); postMessage(out.join(', ')); });
\`;
const ask = (url) => new Promise((resolve) => {
  const w = new g.Worker(url);
  w.onmessage = (e) => resolve(e.data);
  w.onerror = () => resolve('refused');
});
const blob = await ask(g.URL.createObjectURL(new g.Blob([source], { type: 'text/javascript' })));
const data = await ask('data:text/javascript,' + encodeURIComponent(source));
throw new Error('blob worker: ' + blob + '; data worker: ' + data);`;

async function setCanaries(page: Page) {
  await page.evaluate(async () => {
    localStorage.setItem('canary', 'kept');
    await (await caches.open('canary')).put('/canary', new Response('kept'));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('canary', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('values');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('values', 'readwrite');
        tx.objectStore('values').put('kept', 'canary');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
  });
}

async function readCanaries(page: Page) {
  return page.evaluate(async () => {
    const cached = await (await caches.open('canary')).match('/canary');
    const stored = await new Promise<unknown>((resolve, reject) => {
      const open = indexedDB.open('canary', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const get = open.result.transaction('values').objectStore('values').get('canary');
        get.onsuccess = () => {
          open.result.close();
          resolve(get.result);
        };
      };
    });
    return {
      localStorage: localStorage.getItem('canary'),
      cacheStorage: cached ? await cached.text() : null,
      cacheNames: await caches.keys(),
      indexedDB: stored,
      databases: (await indexedDB.databases()).map((d) => d.name).sort(),
    };
  });
}

/** Opens the playground from a link carrying `code` (a fresh page each time) and runs it. */
async function runFromLink(page: Page, code: string): Promise<Locator> {
  await page.goto('about:blank');
  await page.goto(`/playground/${encodeState({ code, backend: 'cpu', timeoutMs: 5000 })}`);
  const panel = runnerPanel(page);
  await expect(panel.getByText(code.split('\n')[0], { exact: false }).first()).toBeVisible();
  await panel.getByRole('button', { name: /Run/ }).click();
  return panel;
}

test.describe('the sandbox boundary', () => {
  test('storage, cache and network are out of reach from a playground link, and nothing changes', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL!).origin;
    // Requests to /sentinel that got an answer, and how the others failed. Chromium may report a
    // request that its policy then blocks, so the check is that none was answered.
    const answered: string[] = [];
    const failed: string[] = [];
    context.on('requestfinished', (request) => {
      if (request.url().includes('/sentinel')) answered.push(request.url());
    });
    context.on('requestfailed', (request) => {
      if (request.url().includes('/sentinel')) failed.push(request.failure()?.errorText ?? '');
    });
    await page.goto('/playground/');
    await setCanaries(page);
    const before = await readCanaries(page);
    expect(before).toMatchObject({ localStorage: 'kept', cacheStorage: 'kept', indexedDB: 'kept' });

    const attacks: [string, string, RegExp][] = [
      [
        'indexedDB via the global object',
        `${realGlobal}\ng.indexedDB.open('attention-atlas');`,
        /SecurityError: .*denied/,
      ],
      [
        'caches via the global object',
        `${realGlobal}\nawait g.caches.open('atlas-poison');`,
        /SecurityError: .*'caches'/,
      ],
      [
        'indexedDB via the constructor chain',
        "const h = [].constructor.constructor('return this')();\nh.indexedDB.deleteDatabase('canary');",
        /SecurityError: .*denied/,
      ],
      [
        'nested blob: and data: workers',
        nestedWorkers(origin),
        /blob worker: refused; data worker: indexedDB: SecurityError, caches: SecurityError, fetch: Failed to fetch/,
      ],
      ['fetch', `${realGlobal}\nawait g.fetch('${origin}/sentinel/fetch');`, /Failed to fetch/],
      [
        'synchronous XHR',
        `${realGlobal}\nconst x = new g.XMLHttpRequest();\nx.open('GET', '${origin}/sentinel/xhr', false);\nx.send();`,
        /NetworkError/,
      ],
      [
        'WebSocket',
        connect(`new g.WebSocket('${origin.replace('http', 'ws')}/sentinel/ws')`),
        /could not connect/,
      ],
      [
        'EventSource',
        connect(`new g.EventSource('${origin}/sentinel/events')`),
        /could not connect/,
      ],
      [
        'importScripts of a site URL',
        `${realGlobal}\ng.importScripts('${origin}/sw.js');`,
        /NetworkError: .*importScripts/,
      ],
    ];
    for (const [name, code, message] of attacks) {
      const panel = await runFromLink(page, code);
      const alert = panel.getByRole('alert');
      await expect(alert, name).toContainText(message, { timeout: 30_000 });
      if (!/WebSocket|EventSource|nested/.test(name))
        await expect(alert, name).toContainText(wallHint);
    }
    expect(answered).toEqual([]);
    for (const error of failed) expect(error).toMatch(/csp/i);
    expect(await readCanaries(page)).toEqual(before);
  });

  test('a postMessage flood stops the runner with a message; the page stays usable', async ({
    page,
  }) => {
    const panel = await runFromLink(
      page,
      `${realGlobal}\nfor (let i = 0; i < 100000; i++) g.postMessage({ type: 'started', id: i });`,
    );
    const alert = panel.getByRole('alert');
    await expect(alert).toContainText('The runner crashed');
    await expect(alert).toContainText('far more than a run needs');
    await expect(alert).toContainText('It has restarted');
    await expectUsable(page, panel, 'g.postMessage');
  });

  test('forged answers: a malformed one is refused, a well-formed one is shown as text', async ({
    page,
  }) => {
    const malformed = await runFromLink(
      page,
      `${realGlobal}\nfor (let id = 1; id < 20; id++) g.postMessage({ type: 'answer', id, result: { displays: '<img src=x>' } });\nawait new Promise(() => {});`,
    );
    await expect(malformed.getByRole('alert')).toContainText('not one the page accepts');
    await expectUsable(page, malformed, 'g.postMessage');

    const html = '<img src=x onerror="document.title=1">';
    const forged = await runFromLink(
      page,
      `${realGlobal}\nconst result = { displays: [{ kind: 'table', title: '${html}', columns: ['${html}'], rows: [] }], logs: [{ level: 'log', text: '${html}' }], backend: 'cpu', timeMs: 0, firstRunOnBackend: false, leakedTensors: 0, logsTruncated: false };\nfor (let id = 1; id < 20; id++) g.postMessage({ type: 'answer', id, result });\nawait new Promise(() => {});`,
    );
    await expect(forged.getByLabel('Console output')).toHaveText(html);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.title()).not.toBe('1');
  });

  test('the runner lives in a sandboxed frame of an opaque origin, a secure context with WebGPU', async ({
    page,
  }) => {
    const panel = await runFromLink(
      page,
      "const g = Function('return this')();\nconsole.log(String(g.origin), g.isSecureContext, typeof g.navigator.gpu);",
    );
    await expect(panel.getByLabel('Console output')).toHaveText('null true object');
    const frame = page.locator('iframe[src^="/sandbox/"]');
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
  });
});
