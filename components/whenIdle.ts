/**
 * Calls `task` once the browser is idle, within 2 s at most: on a page that is never idle
 * (several editors starting, a busy CPU) an idle callback without a deadline can wait forever.
 * Returns the cancel function, for an effect's cleanup.
 */
export function whenIdle(task: () => void): () => void {
  const idle: (cb: () => void, options: IdleRequestOptions) => number =
    window.requestIdleCallback ?? ((cb) => window.setTimeout(cb, 200));
  const handle = idle(task, { timeout: 2000 });
  return () => (window.cancelIdleCallback ?? window.clearTimeout)(handle);
}
