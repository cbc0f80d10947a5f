/**
 * The script of the sandbox document (`/sandbox/`), which the page loads in an
 * `<iframe sandbox="allow-scripts">`: an opaque origin with no storage, no cache, no cookies and,
 * by its Content Security Policy, no network. `scripts/sandbox/build.mjs` bundles this file into
 * that document as its one inline script.
 *
 * It starts the runner's worker from a data: URL holding a few lines that evaluate the script the
 * page sends, and relays messages between the worker and the page's end of a MessageChannel.
 * Why data: and not blob: (docs/architecture.md, "The boundary"): in Chromium a blob: worker of
 * an opaque origin is not a secure context, so it has no WebGPU; a data: worker is one, with an
 * opaque origin of its own (no storage either) and this document's policy (no network). Learner code runs only in the worker and cannot reach this document, so
 * the relay is the place that limits what the worker may say: messages of the request in
 * progress, a handful each; a flood stops the worker.
 */
import type {
  PageRequest,
  RunnerCrashed,
  RunnerFlooded,
  SandboxConnect,
  SandboxMessage,
} from '@/lib/runtime/protocol';

/** A request has at most 'started', 'wasm-needed' and its answer; more than this is abuse. */
export const maxMessagesPerRequest = 100;

const workerTypes = new Set(['started', 'wasm-needed', 'answer']);

/**
 * The worker's whole source until the runner's script arrives: its first message is that script
 * (a Blob), which it reads and evaluates at global scope, where the script sets its own
 * `onmessage` for the requests that follow. The policy allows 'unsafe-eval' here anyway: learner
 * code is turned into a function the same way.
 */
export const bootstrap =
  'self.onmessage=function(e){self.onmessage=null;(0,eval)(new FileReaderSync().readAsText(e.data))};';

/** The worker's URL: the bootstrap as a data: URL (see the top of this file for why). */
export const bootstrapUrl = `data:text/javascript;charset=utf-8,${encodeURIComponent(bootstrap)}`;

export interface RelayState {
  /** The id of the request in progress, null between requests. */
  current: number | null;
  /** Messages the worker sent since that request began, forwarded or not. */
  count: number;
}

export type Verdict = 'forward' | 'drop' | 'flood';

/** What to do with one message from the worker. Pure, so it is unit-tested. */
export function judge(state: RelayState, data: unknown): Verdict {
  state.count += 1;
  if (state.count > maxMessagesPerRequest) return 'flood';
  if (typeof data !== 'object' || data === null) return 'drop';
  const { type, id } = data as { type?: unknown; id?: unknown };
  if (typeof type !== 'string' || !workerTypes.has(type)) return 'drop';
  return id === state.current ? 'forward' : 'drop';
}

function isConnect(data: unknown): data is SandboxConnect {
  if (typeof data !== 'object' || data === null) return false;
  const { type, script } = data as Partial<SandboxConnect>;
  return type === 'atlas-sandbox-connect' && script instanceof Blob;
}

/** Attaches the relay to the sandbox document's window. */
export function startRelay(win: Window): void {
  let connected = false;
  win.addEventListener('message', (event: MessageEvent) => {
    // Only the page that framed us, only once, only with a port.
    if (connected || event.source !== win.parent || !isConnect(event.data)) return;
    const port = event.ports[0];
    if (!port) return;
    connected = true;
    connect(event.data.script, port);
  });
}

function connect(script: Blob, port: MessagePort): void {
  const worker = new Worker(bootstrapUrl);
  // The first message the worker reads: the runner's script. Requests queue behind it.
  worker.postMessage(script);
  const state: RelayState = { current: null, count: 0 };
  let stopped = false;
  const stop = (message: RunnerCrashed | RunnerFlooded) => {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    port.postMessage(message satisfies SandboxMessage);
  };

  port.onmessage = (event: MessageEvent<PageRequest>) => {
    if (stopped) return;
    const request = event.data;
    if ('type' in request) {
      worker.postMessage(request, Object.values(request.files));
      return;
    }
    state.current = request.id;
    state.count = 0;
    worker.postMessage(request);
  };

  worker.onmessage = (event: MessageEvent) => {
    if (stopped) return;
    const verdict = judge(state, event.data);
    if (verdict === 'forward') port.postMessage(event.data);
    else if (verdict === 'flood') stop({ type: 'flood', count: state.count });
  };
  worker.onmessageerror = () => stop({ type: 'crash', message: 'a message could not be read' });
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    stop({ type: 'crash', message: event.message ?? '' });
  };
}
