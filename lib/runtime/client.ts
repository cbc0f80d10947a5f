import type { BackendChoice, RunResult } from './displays';
import type { CodedMessage } from '@/lib/i18n/codedMessages';
import { failedRun } from './failedRun';
import type { RequestKind, WorkerAnswer, WorkerRequest } from './protocol';
import { runKind } from './runKind';
import { startSandboxedRunner, type RunnerChannel, type RunnerEvents } from './sandboxHost';

export const defaultTimeoutMs = 5000;
/** Starting a backend (WebGPU compiles, wasm downloads) may take a while; it has its own limit. */
export const startTimeoutMs = 60_000;

interface Pending {
  id: number;
  /** Settles with the worker's answer. */
  answer: (response: WorkerAnswer) => void;
  /** Settles with a run that failed outside the code: a timeout or a crash. */
  fail: (run: RunResult) => void;
  timer: ReturnType<typeof setTimeout>;
  /** Arms the learner's time limit once the worker says the code has started. */
  started: () => void;
}

/**
 * The page's side of the runner: one worker (in its sandbox frame, see sandboxHost.ts), reused
 * across requests of every kind (runs, gradings, training), replaced when one times out, crashes
 * or misbehaves. Requests go one at a time, in the order asked.
 */
export class RunnerClient {
  private worker: RunnerChannel | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  /** `start` makes the runner; tests pass a fake. */
  constructor(
    private readonly start: (events: RunnerEvents) => RunnerChannel = startSandboxedRunner,
  ) {}

  run(code: string, backend: BackendChoice, timeoutMs = defaultTimeoutMs): Promise<RunResult> {
    return this.request(runKind, code, {}, backend, timeoutMs);
  }

  /**
   * Runs `code` as `kind` says, in the shared worker and queue. A timeout or crash resolves the
   * kind's failed result (`kind.fromFailedRun`), never rejects.
   */
  request<Params, Result>(
    kind: RequestKind<Params, Result>,
    code: string,
    params: Params,
    backend: BackendChoice,
    timeoutMs = defaultTimeoutMs,
  ): Promise<Result> {
    const next = this.queue.then(() => this.send(kind, code, params, backend, timeoutMs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts the worker ahead of the first run, so its startup is not in the learner's wait. */
  warmUp(): void {
    this.ensureWorker();
  }

  private send<Params, Result>(
    kind: RequestKind<Params, Result>,
    code: string,
    params: Params,
    backend: BackendChoice,
    timeoutMs: number,
  ): Promise<Result> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<Result>((resolve) => {
      const fail = (run: RunResult) => resolve(kind.fromFailedRun(run));
      const stop = (message: CodedMessage) => () => {
        this.reset();
        fail(failedRun('timeout', message, backend));
      };
      const pending: Pending = {
        id,
        answer: (response) => resolve(response.result as Result),
        fail,
        timer: setTimeout(
          stop({
            code: 'code.run.startTimeout',
            params: { backend, seconds: formatSeconds(startTimeoutMs) },
          }),
          startTimeoutMs,
        ),
        started: () => {
          // Once: code that posts 'started' again must not push its own time limit back.
          pending.started = () => {};
          clearTimeout(pending.timer);
          pending.timer = setTimeout(
            stop({ code: 'code.run.timeout', params: { seconds: formatSeconds(timeoutMs) } }),
            timeoutMs,
          );
        },
      };
      this.pending = pending;
      const request: WorkerRequest<Params> = { kind: kind.name, id, code, backend, params };
      worker.post(request);
    });
  }

  private ensureWorker(): RunnerChannel {
    if (this.worker) return this.worker;
    const worker = this.start({
      message: (data) => {
        const pending = this.worker === worker ? this.pending : null;
        if (!pending || data.id !== pending.id) return;
        if (data.type === 'started') {
          pending.started();
          return;
        }
        clearTimeout(pending.timer);
        this.pending = null;
        pending.answer(data);
      },
      // A worker that dies (out of memory, a crash in a backend) or misbehaves fails the request
      // and is replaced.
      failed: (reason) => {
        if (this.worker !== worker) return;
        const pending = this.pending;
        this.reset();
        pending?.fail(
          failedRun('crash', { code: 'code.run.crashWith', params: { detail: reason } }, 'none'),
        );
      },
    });
    this.worker = worker;
    return worker;
  }

  private reset() {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

let shared: RunnerClient | null = null;

/** One runner per page, shared by every code block on it (a worker per block would waste memory). */
export function sharedRunner(): RunnerClient {
  shared ??= new RunnerClient();
  return shared;
}
