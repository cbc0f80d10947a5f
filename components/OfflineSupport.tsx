'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker (out/sw.js, written at build time) so the site works offline after
 * the first visit. Only in production builds: `next dev` has no sw.js, and a worker caching dev
 * files would serve stale code. Registration waits for `load` so its downloads never compete
 * with the page's own first load. Renders nothing: offline support is silent.
 */
export function OfflineSupport() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      navigator.serviceWorker
        .register('/sw.js')
        .then(() => navigator.serviceWorker.ready)
        .then(keepSandboxDocument)
        .catch((error: unknown) => {
          // The site works without it; only offline use is lost.
          console.warn('Offline support is unavailable:', error);
        });
    };
    if (document.readyState === 'complete') {
      register();
      return;
    }
    window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}

/**
 * Loads the runner's sandbox document once in a hidden frame, as the runner does, so the
 * browser's HTTP cache keeps it (it is served immutable under a hashed name): the navigation of
 * a sandboxed frame skips the service worker, so offline that copy is the only one it can get.
 */
function keepSandboxDocument() {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'runner';
  frame.hidden = true;
  frame.src = process.env.NEXT_PUBLIC_SANDBOX_DOCUMENT!;
  frame.addEventListener('load', () => frame.remove(), { once: true });
  document.body.append(frame);
}
