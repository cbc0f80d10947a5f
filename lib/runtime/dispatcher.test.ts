import * as tf from '@tensorflow/tfjs-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serveRequests, type KindHandler } from './dispatcher';
import type { RunResult } from './displays';
import type { PageRequest, RequestKind, WorkerRequest } from './protocol';

// What the mocked switchBackend does in each test (a plain function, not a spy: a spy keeps the
// rejected promise of a failing start and reports it as the test's error).
const backend = vi.hoisted(() => ({
  start: (async () => ({ backend: 'cpu' })) as (
    exclude: readonly string[],
  ) => Promise<{ backend: string }>,
  calls: 0,
  /** Starts the wasm backend: asks for the binaries, as switchBackend does before wasm starts. */
  wantsWasm: false,
  wasmPaths: null as Record<string, string> | null,
}));
vi.mock('./backends', () => ({
  autoOrder: ['webgpu', 'webgl', 'wasm', 'cpu'],
  switchBackend: async (
    _choice: string,
    wasm: () => Promise<Record<string, string>>,
    exclude: readonly string[] = [],
  ) => {
    backend.calls++;
    if (backend.wantsWasm) backend.wasmPaths = await wasm();
    return backend.start(exclude);
  },
}));

/** A kind whose result is a plain note, to show the dispatcher knows no kind in particular. */
interface Echo {
  said: string;
  backend: string;
  failed?: string;
}
const echoKind: RequestKind<{ suffix: string }, Echo> = {
  name: 'echo',
  fromFailedRun: (run: RunResult) => ({
    said: '',
    backend: run.backend,
    failed: run.error?.message,
  }),
};
const buffer = new ArrayBuffer(8);
const echoHandler: KindHandler<{ suffix: string }, Echo> = {
  kind: echoKind,
  handle: async (code, { suffix }, _tf, facts) => ({ said: code + suffix, backend: facts.backend }),
  transferables: () => [buffer],
};

/** A kind whose runs fail to read back on webgpu, as tfjs's synchronous WebGPU read does. */
const readsKind: RequestKind<Record<string, never>, RunResult> = {
  name: 'reads',
  fromFailedRun: (run) => run,
  runOf: (run) => run,
};
const readsHandler: KindHandler<Record<string, never>, RunResult> = {
  kind: readsKind,
  handle: async (_code, _params, _tf, facts) => ({
    displays: [],
    logs: [],
    logsTruncated: false,
    timeMs: 1,
    leakedTensors: 0,
    ...facts,
    error:
      facts.backend === 'webgpu' ? { kind: 'readback', message: 'mapAsync failed' } : undefined,
  }),
  transferables: () => [],
};

function fakeScope() {
  const posted: { message: unknown; transfer?: Transferable[] }[] = [];
  const scope = {
    location: { origin: 'http://localhost' },
    onmessage: null as ((event: { data: PageRequest }) => Promise<void>) | null,
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      posted.push({ message, transfer }),
  };
  serveRequests(scope as unknown as DedicatedWorkerGlobalScope, tf, [echoHandler, readsHandler]);
  const send = (request: PageRequest) => scope.onmessage!({ data: request });
  return { posted, send };
}

const request = (kind: string, choice: WorkerRequest['backend'] = 'cpu'): WorkerRequest => ({
  kind,
  id: 7,
  code: 'hello',
  backend: choice,
  params: { suffix: '!' },
});

beforeEach(() => {
  backend.start = async () => ({ backend: 'cpu' });
  backend.calls = 0;
  backend.wantsWasm = false;
  backend.wasmPaths = null;
});

describe('serveRequests', () => {
  it('starts the backend, says started, then answers with the handler result', async () => {
    const { posted, send } = fakeScope();
    await send(request('echo'));
    expect(posted.map((p) => p.message)).toEqual([
      { type: 'started', id: 7 },
      { type: 'answer', id: 7, result: { said: 'hello!', backend: 'cpu' } },
    ]);
    expect(posted[1].transfer).toEqual([buffer]);
  });

  it("turns a backend that fails to start into the kind's failed result, without 'started'", async () => {
    backend.start = async () => {
      throw new Error('no adapter');
    };
    const { posted, send } = fakeScope();
    await send(request('echo'));
    expect(posted.map((p) => p.message)).toEqual([
      { type: 'answer', id: 7, result: { said: '', backend: 'none', failed: 'no adapter' } },
    ]);
  });

  it('answers a kind with no handler with a crashed run', async () => {
    const { posted, send } = fakeScope();
    await send(request('train'));
    expect(posted).toHaveLength(1);
    expect(posted[0].message).toMatchObject({
      type: 'answer',
      id: 7,
      result: { error: { kind: 'crash', message: 'No handler for "train" requests.' } },
    });
    expect(backend.calls).toBe(0);
  });

  it('runs again on the next backend when the automatic choice failed to read back, and says why', async () => {
    backend.start = async (exclude) => ({
      backend: ['webgpu', 'webgl', 'wasm', 'cpu'].find((b) => !exclude.includes(b))!,
    });
    const { posted, send } = fakeScope();
    await send(request('reads', 'auto'));
    expect(posted.map((p) => p.message)).toMatchObject([
      { type: 'started', id: 7 },
      { type: 'started', id: 7 },
      {
        type: 'answer',
        result: { backend: 'webgl', readFallback: { failed: 'webgpu', why: 'mapAsync failed' } },
      },
    ]);
    expect((posted[2].message as { result: RunResult }).result.error).toBeUndefined();
  });

  it('keeps a chosen backend and its read-back error: only the automatic choice falls back', async () => {
    backend.start = async () => ({ backend: 'webgpu' });
    const { posted, send } = fakeScope();
    await send(request('reads', 'webgpu'));
    expect(posted).toHaveLength(2);
    expect(posted[1].message).toMatchObject({
      result: { backend: 'webgpu', error: { kind: 'readback' } },
    });
  });

  it('asks the page for the wasm binaries (the sandbox has no network) and starts with what it sends', async () => {
    backend.wantsWasm = true;
    const urls = vi
      .spyOn(URL, 'createObjectURL')
      .mockImplementation((blob) => `blob:null/${(blob as Blob).size}`);
    const { posted, send } = fakeScope();
    const answered = send(request('echo', 'wasm'));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].message).toEqual({ type: 'wasm-needed', id: 7 });
    await send({
      type: 'wasm',
      files: {
        'tfjs-backend-wasm.wasm': new ArrayBuffer(3),
        'tfjs-backend-wasm-simd.wasm': new ArrayBuffer(5),
      },
    });
    await answered;
    expect(backend.wasmPaths).toEqual({
      'tfjs-backend-wasm.wasm': 'blob:null/3',
      'tfjs-backend-wasm-simd.wasm': 'blob:null/5',
      'tfjs-backend-wasm-threaded-simd.wasm': 'blob:null/5',
    });
    expect(posted.map((p) => p.message)).toMatchObject([
      { type: 'wasm-needed' },
      { type: 'started', id: 7 },
      { type: 'answer', id: 7 },
    ]);
    urls.mockRestore();
  });
});
