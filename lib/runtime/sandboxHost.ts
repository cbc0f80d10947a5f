/**
 * The page's side of the boundary around learner code. The runner's worker does not start from
 * the page: it starts inside an `<iframe sandbox="allow-scripts">` showing `/sandbox/` (built by
 * scripts/sandbox/build.mjs), an opaque origin that owns no storage, cache or cookies and whose
 * policy allows no network; the frame starts the worker from a data: URL (lib/sandbox/relay.ts). The page fetches what the worker needs (its script, the tfjs wasm
 * binaries) and hands it over; the two talk only through a MessageChannel, and the page checks
 * every message it receives (sandboxMessages.ts). See docs/architecture.md, "The code sandbox".
 */
import type { CodedMessage } from '@/lib/i18n/codedMessages';
import type { PageRequest, SandboxConnect, SandboxMessage, WorkerMessage } from './protocol';

// Named after their content hash at prebuild (scripts/sandbox/build.mjs, via next.config.mjs).
export const sandboxDocument = process.env.NEXT_PUBLIC_SANDBOX_DOCUMENT!;
export const runnerScript = process.env.NEXT_PUBLIC_SANDBOX_RUNNER!;
/** Served by the site (scripts/copy-wasm.mjs); the sandbox cannot fetch them itself. */
export const wasmFolder = '/tfjs-wasm/';
/** The threaded build needs cross-origin isolation, which an opaque-origin frame never has. */
export const wasmFiles = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/** What the runner tells its owner. */
export interface RunnerEvents {
  message(data: WorkerMessage): void;
  /** The runner died or misbehaved and is no longer usable; `reason` says why, for the panel. */
  failed(reason: CodedMessage): void;
}

/** A running runner: send it requests, or stop it for good. */
export interface RunnerChannel {
  post(request: PageRequest): void;
  terminate(): void;
}

let scriptBlob: Promise<Blob> | null = null;

/**
 * The runner's script, fetched once per page (the service worker keeps it for offline use). A
 * Blob crosses into the frame without a copy of its bytes.
 */
function loadScript(): Promise<Blob> {
  scriptBlob ??= fetchOk(runnerScript)
    .then((response) => response.blob())
    .catch((error: unknown) => {
      scriptBlob = null; // a later runner tries again
      throw error;
    });
  return scriptBlob;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

async function loadWasm(): Promise<Record<string, ArrayBuffer>> {
  const buffers = await Promise.all(
    wasmFiles.map((name) => fetchOk(`${wasmFolder}${name}`).then((r) => r.arrayBuffer())),
  );
  return Object.fromEntries(wasmFiles.map((name, i) => [name, buffers[i]]));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Starts a runner in a fresh sandbox frame. Terminating it removes the frame and its worker. */
export function startSandboxedRunner(events: RunnerEvents): RunnerChannel {
  const channel = new MessageChannel();
  const port = channel.port1;
  const frame = document.createElement('iframe');
  // allow-scripts only: no allow-same-origin, so the frame's origin is opaque.
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'runner';
  frame.hidden = true;
  frame.src = sandboxDocument;

  let stopped = false;
  let wasmSent = false;
  const fail = (reason: CodedMessage) => {
    if (stopped) return;
    stopped = true;
    events.failed(reason);
  };
  const schemas = Promise.all([import('./sandboxMessages'), import('@/lib/worker/resultSchemas')]);
  // The kind of the request in progress: its answer is checked against that kind's schema.
  let currentKind = '';
  const script = loadScript();
  // Requests posted before the frame is connected wait in the channel; none is lost.
  frame.addEventListener(
    'load',
    () => {
      script.then(
        (blob) => {
          const connect: SandboxConnect = { type: 'atlas-sandbox-connect', script: blob };
          // An opaque origin cannot be named as the target; only this frame gets the port.
          frame.contentWindow?.postMessage(connect, '*', [channel.port2]);
        },
        (error) => fail({ code: 'code.sandbox.scriptLoad', params: { detail: describe(error) } }),
      );
    },
    { once: true },
  );

  // One message at a time, in order, each checked before it is read.
  let inbox = Promise.resolve();
  port.onmessage = (event: MessageEvent) => {
    inbox = inbox.then(async () => {
      if (stopped) return;
      let message: SandboxMessage | null;
      try {
        const [{ parseSandboxMessage }, { resultSchemas }] = await schemas;
        message = parseSandboxMessage(event.data, resultSchemas[currentKind]);
      } catch (error) {
        fail({ code: 'code.sandbox.checkFailed', params: { detail: describe(error) } });
        return;
      }
      if (!message) fail({ code: 'code.sandbox.forged' });
      else receive(message);
    });
  };

  const receive = (message: SandboxMessage) => {
    switch (message.type) {
      case 'wasm-needed':
        // The worker keeps what it got; asking twice is code posting as the runner.
        if (wasmSent) {
          fail({ code: 'code.sandbox.wasmTwice' });
          return;
        }
        wasmSent = true;
        loadWasm().then(
          (files) => {
            if (!stopped) port.postMessage({ type: 'wasm', files }, Object.values(files));
          },
          (error) => fail({ code: 'code.sandbox.wasmLoad', params: { detail: describe(error) } }),
        );
        return;
      case 'crash':
        fail({ code: 'code.sandbox.crash', params: { detail: message.message } });
        return;
      case 'flood':
        fail({ code: 'code.sandbox.flood', params: { count: message.count } });
        return;
      default:
        events.message(message);
    }
  };

  document.body.append(frame);
  return {
    post: (request) => {
      if ('kind' in request) currentKind = request.kind;
      port.postMessage(request);
    },
    terminate: () => {
      stopped = true;
      port.close();
      frame.remove();
    },
  };
}
