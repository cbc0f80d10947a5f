/**
 * The service worker, written in TypeScript so tsc checks it. `scripts/postbuild/sw.mjs` strips
 * the types, wraps it in a function that receives the precache manifest of this build, and writes
 * it to out/sw.js. No imports: the file is shipped as it is, without a bundler.
 *
 * Strategy, in short (docs/architecture.md has the why):
 * - install: every file of the export is put in a cache named after the manifest's hash; files
 *   whose revision did not change are copied from the previous cache instead of downloaded;
 * - activate: older caches are deleted and open pages are taken over (first visit);
 * - hashed files (/_next/static/, /sandbox/) come from the cache first (their name changes with them);
 * - pages and other files (wasm, JSON) come from the network first, the cache when offline;
 * - a cached file is served only if its bytes still hash to the manifest's revision: an entry
 *   changed after it was stored (poisoned, damaged) is deleted and fetched again, never served.
 */

export interface Precache {
  /** Hash over every path and revision: names the cache, so each build has its own. */
  version: string;
  /** Site path (e.g. `/questions/x/index.html`) -> content hash of that file. */
  files: Record<string, string>;
}

const cachePrefix = 'atlas-';
/** Stamped on every cached response, so the next build can tell which files it can keep. */
const revisionHeader = 'x-atlas-revision';
/** Downloads at once while installing: leaves connections free for the page itself. */
const lanes = 4;

export function cacheName(precache: Precache): string {
  return `${cachePrefix}${precache.version}`;
}

/** The manifest's revision of these bytes: the first 16 hex digits of their SHA-256. */
export async function revisionOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when the response's bytes are the ones this build produced. */
export async function isIntact(response: Response, revision: string): Promise<boolean> {
  return (await revisionOf(await response.clone().arrayBuffer())) === revision;
}

/** Files whose name carries their content hash never change under the same URL. */
export function isImmutable(path: string): boolean {
  return (
    path.startsWith('/_next/static/') || (path.startsWith('/sandbox/') && !path.endsWith('.json'))
  );
}

export type PageLookup =
  | { kind: 'page'; key: string }
  | { kind: 'redirect'; to: string }
  | { kind: 'missing'; key: string };

/**
 * Which cached file answers a navigation, the way the static host maps URLs: folders by their
 * index.html, folders without the slash by a redirect, anything else by 404.html.
 */
export function lookupPage(path: string, files: Record<string, string>): PageLookup {
  if (path in files) return { kind: 'page', key: path };
  if (path.endsWith('/') && `${path}index.html` in files) {
    return { kind: 'page', key: `${path}index.html` };
  }
  if (`${path}/index.html` in files) return { kind: 'redirect', to: `${path}/` };
  if (`${path}.html` in files) return { kind: 'page', key: `${path}.html` };
  return { kind: 'missing', key: '/404.html' };
}

/** Attaches the handlers; runs only inside the service worker, not when tests import this. */
export function start(scope: ServiceWorkerGlobalScope, precache: Precache): void {
  const name = cacheName(precache);

  scope.addEventListener('install', (event) => {
    event.waitUntil(fill(name, precache.files));
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await caches.keys();
        await Promise.all(
          names.filter((n) => n.startsWith(cachePrefix) && n !== name).map((n) => caches.delete(n)),
        );
        // The first visit's page was loaded before the worker existed: take it over, so its
        // lazily loaded parts (editor, tfjs) already come from the cache.
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate') {
      event.respondWith(navigate(name, request, url, precache.files));
      return;
    }
    // Files outside the export (e.g. Next's RSC payloads, *.txt) go to the network untouched:
    // offline, Next then loads the page itself, which the navigation branch answers.
    if (!(url.pathname in precache.files)) return;
    const revision = precache.files[url.pathname];
    event.respondWith(
      isImmutable(url.pathname)
        ? cacheFirst(name, url.pathname, revision)
        : networkFirst(name, request, url.pathname, revision),
    );
  });
}

async function fill(name: string, files: Record<string, string>): Promise<void> {
  const cache = await caches.open(name);
  const entries = Object.entries(files);
  let next = 0;
  const lane = async () => {
    while (next < entries.length) {
      const [path, revision] = entries[next++];
      // An install that failed half-way and is retried keeps what it already has.
      if (await cache.match(path)) continue;
      const kept = await caches.match(path);
      if (
        kept &&
        kept.headers.get(revisionHeader) === revision &&
        (await isIntact(kept, revision))
      ) {
        await cache.put(path, kept);
        continue;
      }
      await cache.put(path, await download(path, revision));
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
}

async function download(path: string, revision: string): Promise<Response> {
  // Unhashed files (pages, wasm, JSON) must not come from a stale HTTP cache.
  const response = await fetch(path, { cache: isImmutable(path) ? 'default' : 'no-cache' });
  // Throwing fails the install; the browser tries again on a later visit.
  if (!response.ok) throw new Error(`Precaching ${path} failed: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(revisionHeader, revision);
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The cached file if its bytes are this build's; a changed entry is deleted, not served. */
async function matchIntact(
  name: string,
  key: string,
  revision: string,
): Promise<Response | undefined> {
  const cache = await caches.open(name);
  const cached = await cache.match(key);
  if (!cached) return undefined;
  if (await isIntact(cached, revision)) return cached;
  await cache.delete(key);
  return undefined;
}

async function cacheFirst(name: string, key: string, revision: string): Promise<Response> {
  const cached = await matchIntact(name, key, revision);
  if (cached) return cached;
  // Missing, or changed since it was stored: fetch it again, and keep it if it is this build's.
  const fresh = await download(key, revision);
  if (await isIntact(fresh, revision)) await (await caches.open(name)).put(key, fresh.clone());
  return fresh;
}

async function networkFirst(
  name: string,
  request: Request,
  key: string,
  revision: string,
): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await matchIntact(name, key, revision);
    if (cached) return cached;
    throw error;
  }
}

async function navigate(
  name: string,
  request: Request,
  url: URL,
  files: Record<string, string>,
): Promise<Response> {
  try {
    // Online, pages always come fresh: a new deploy shows at once, never an old cached page.
    return await fetch(request);
  } catch (error) {
    const found = lookupPage(url.pathname, files);
    if (found.kind === 'redirect') return Response.redirect(`${found.to}${url.search}`, 308);
    const cached = await matchIntact(name, found.key, files[found.key]);
    if (!cached) throw error;
    if (found.kind === 'page') return cached;
    return new Response(cached.body, { status: 404, headers: cached.headers });
  }
}
