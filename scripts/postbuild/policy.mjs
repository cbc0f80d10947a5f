// The Content Security Policy of the site, in one place: the HTML <meta> tags and out/_headers
// are both written from these tables, so they cannot drift apart.

/** Directives every page shares; script-src is added per page (its inline scripts' hashes). */
const page = {
  'default-src': ["'self'"],
  // Next's App Router bootstraps from scripts under /_next/ and ships the page's React data in
  // inline scripts (`self.__next_f.push`); those are allowed by their hash, nothing else inline.
  // No 'unsafe-eval' and no 'wasm-unsafe-eval': learner code and tfjs run in the sandbox frame.
  'script-src': ["'self'"],
  // Monaco's language workers and the service worker load from our own origin.
  'worker-src': ["'self'"],
  // The runner's sandbox document (/sandbox/), framed without allow-same-origin.
  'frame-src': ["'self'"],
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
 * /diagnostics/ checks the tfjs backends, wasm included, on the page itself: the one page whose
 * policy lets WebAssembly compile ('wasm-unsafe-eval' allows no JavaScript eval). It runs only
 * our own code, never a learner's.
 */
export const wasmPages = ['/diagnostics/'];

/**
 * Monaco's workers, under /_next/static/, get their policy from the response that loaded them,
 * not from the page. They evaluate nothing: learner code runs in the sandbox below.
 */
const worker = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
};

/**
 * The sandbox document (/sandbox/), where the runner's worker starts from a data: URL and learner
 * code runs. It is framed with sandbox="allow-scripts" (an opaque origin: no storage, cache or
 * cookies), and this policy, which its data: worker inherits, takes away the network: no
 * connect-src but blob: (tfjs fetches the wasm binaries the page handed over as blob: URLs made
 * inside the worker's own opaque origin), no script from any URL (so no importScripts of our
 * files, nor of blob: URLs), no workers but data: ones (which get an opaque origin of their own
 * and this same policy). The relay is allowed by its hash; 'unsafe-eval' evaluates the runner's
 * script in the worker and turns learner code into a function, 'wasm-unsafe-eval' compiles tfjs'
 * wasm backend.
 */
const sandbox = {
  'default-src': ["'none'"],
  'script-src': ["'unsafe-eval'", "'wasm-unsafe-eval'"],
  'worker-src': ['data:'],
  'connect-src': ['blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
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

function pageScripts(path) {
  const wasm = path !== undefined && wasmPages.some((prefix) => path.startsWith(prefix));
  return wasm ? [...page['script-src'], "'wasm-unsafe-eval'"] : page['script-src'];
}

/** The policy in a page's <meta>: its own inline scripts, by hash. `path` is its site path. */
export function pagePolicy(hashes, path) {
  return serialize({
    ...page,
    'script-src': [...pageScripts(path), ...hashes.map((h) => `'sha256-${h}'`)],
  });
}

/**
 * The header sent with pages. Hashes differ per page and a host's header rules match URL
 * patterns, so the header allows inline scripts and the page's <meta> narrows them to its hashes:
 * a browser enforces both policies, so a script runs only when both allow it.
 */
export function pageHeaderPolicy(path) {
  return serialize({
    ...page,
    'script-src': [...pageScripts(path), "'unsafe-inline'"],
    ...headerOnly,
  });
}

export function workerPolicy() {
  return serialize({ ...worker, ...headerOnly });
}

/** The sandbox document's policy; its <meta> carries the same. */
export function sandboxPolicy(hashes) {
  return serialize({
    ...sandbox,
    'script-src': [...sandbox['script-src'], ...hashes.map((h) => `'sha256-${h}'`)],
  });
}

/**
 * As a header it also sandboxes the document when it is opened by itself, and lets only our
 * pages frame it.
 */
export function sandboxHeaderPolicy(hashes) {
  return `${sandboxPolicy(hashes)}; sandbox allow-scripts; frame-ancestors 'self'`;
}

export function serviceWorkerPolicy() {
  return serialize({ ...serviceWorker, ...headerOnly });
}
