// The Content Security Policy of the site, in one place: the HTML <meta> tags and out/_headers
// are both written from these tables, so they cannot drift apart.

/** Directives every page shares; script-src is added per page (its inline scripts' hashes). */
const page = {
  'default-src': ["'self'"],
  // Next's App Router bootstraps from scripts under /_next/ and ships the page's React data in
  // inline scripts (`self.__next_f.push`); those are allowed by their hash, nothing else inline.
  // 'wasm-unsafe-eval' lets WebAssembly compile (it allows no JavaScript eval): /diagnostics/
  // checks the tfjs backends, wasm included, on the page itself rather than in a worker.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // The runner, Monaco's language workers and the service worker all load from our own origin.
  'worker-src': ["'self'"],
  // Monaco and KaTeX set style attributes and inject <style> at run time; styles cannot run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  // The heatmap's PNG export reads the canvas as a data: URL and downloads a blob: URL.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // Search index, editor types and Next's page data are fetched from our own origin only.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Workers get their policy from the response that loaded them, not from the page. The runner
 * turns the learner's code into a function (`new AsyncFunction`), which needs 'unsafe-eval', and
 * tfjs compiles its WebAssembly backend, which needs 'wasm-unsafe-eval'. Both stay in workers:
 * the pages themselves never evaluate strings.
 */
const worker = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

/** The service worker only fetches and caches our own files. */
const serviceWorker = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

/** Not honoured in a <meta> policy, so it is sent as a header only. */
const headerOnly = { 'frame-ancestors': ["'none'"] };

function serialize(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy in a page's <meta>: its own inline scripts, by hash. */
export function pagePolicy(hashes) {
  return serialize({
    ...page,
    'script-src': [...page['script-src'], ...hashes.map((h) => `'sha256-${h}'`)],
  });
}

/**
 * The header sent with pages. Hashes differ per page and a host's header rules match URL
 * patterns, so the header allows inline scripts and the page's <meta> narrows them to its hashes:
 * a browser enforces both policies, so a script runs only when both allow it.
 */
export function pageHeaderPolicy() {
  return serialize({
    ...page,
    'script-src': [...page['script-src'], "'unsafe-inline'"],
    ...headerOnly,
  });
}

export function workerPolicy() {
  return serialize({ ...worker, ...headerOnly });
}

export function serviceWorkerPolicy() {
  return serialize({ ...serviceWorker, ...headerOnly });
}
