import type * as tfc from '@tensorflow/tfjs-core';
import type { Display, LogLine, RunError, RunPhases } from './displays';
import { DeferredReads } from './deferredReads';
import {
  cutText,
  formatTensor,
  formatTensorHead,
  formatValue,
  maxPrintedValues,
} from './formatValue';
import { createSandboxScope } from './sandboxScope';
import { createShow } from './show';
import { SyncReadError } from './syncReads';
import { guardBackend, guardedTf } from './sizeGuard';
import { bodyPrefix, describeThrown, sourceName } from './thrown';
import { CodeSyntaxError, transpile } from './transpile';

type TF = typeof tfc;

export interface ExecuteResult {
  displays: Display[];
  logs: LogLine[];
  logsTruncated: boolean;
  error?: RunError;
  timeMs: number;
  leakedTensors: number;
  phases?: Pick<RunPhases, 'transpileMs' | 'computeMs' | 'readBackMs'>;
}

/** Most console lines kept per run: enough to read, too few to freeze the page. */
export const maxLogLines = 500;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

/**
 * Runs learner code as the body of an async function, with `tf`, `show`, `console` and the
 * given globals in scope. Used by the worker in the browser and by the content tests in Node,
 * so both run pages' code the same way. Tensors the code leaves behind are counted and freed.
 * Hostile or broken code ends with a message, never a dead worker: network, storage and page
 * APIs are stood in for (sandboxScope.ts), huge tensors are refused (sizeGuard.ts), and any
 * thrown value is described (thrown.ts). Endless loops are the page's time limit's job.
 */
export async function executeCode(
  source: string,
  tf: TF,
  globals: Record<string, unknown>,
): Promise<ExecuteResult> {
  const displays: Display[] = [];
  const logs: LogLine[] = [];
  const reads = new DeferredReads(tf);
  let logsTruncated = false;
  const log =
    (level: LogLine['level']) =>
    (...args: unknown[]) => {
      if (logs.length >= maxLogLines) {
        logsTruncated = true;
        return;
      }
      const texts = args.map((a) => formatValue(tf, a));
      // Each value is cut already; a line of thousands of them is cut as a whole too.
      const line: LogLine = { level, text: cutText(texts.join(' ')) };
      args.forEach((a, i) => {
        if (!(a instanceof tf.Tensor) || a.isDisposed) return;
        const { dtype, shape, size } = a;
        const fill = (text: string) => {
          texts[i] = text;
          line.text = cutText(texts.join(' '));
        };
        if (size <= maxPrintedValues) {
          reads.nested(a, (values) => fill(formatTensor(dtype, shape, values)));
          return;
        }
        const head = tf.tidy(() => tf.slice(tf.reshape(a, [-1]), 0, maxPrintedValues));
        reads.nested(head, (values) =>
          fill(formatTensorHead(dtype, shape, values as number[], size)),
        );
        head.dispose();
      });
      logs.push(line);
    };
  const learnerConsole = {
    log: log('log'),
    info: log('info'),
    debug: log('log'),
    warn: log('warn'),
    error: log('error'),
  };
  const done = (error: RunError | undefined, timeMs: number, leakedTensors: number) => ({
    displays,
    logs,
    logsTruncated,
    error,
    timeMs,
    leakedTensors,
  });

  let code: string;
  const transpileStart = performance.now();
  try {
    code = transpile(source);
  } catch (error) {
    const syntax = error as CodeSyntaxError;
    return done({ kind: 'syntax', message: syntax.message, location: syntax.location }, 0, 0);
  }

  const transpileMs = performance.now() - transpileStart;
  const scope = createSandboxScope();
  const names = ['tf', 'show', 'console', ...scope.names, ...Object.keys(globals)];
  const values = [
    guardedTf(tf),
    createShow(tf, displays, reads),
    learnerConsole,
    ...scope.values,
    ...Object.values(globals),
  ];
  const describe = (thrown: unknown): RunError =>
    isSyncReadError(thrown)
      ? { ...describeThrown(thrown, String), kind: 'readback' }
      : describeThrown(thrown, (v) => formatValue(tf, v));

  tf.engine().startScope();
  const unguard = guardBackend(tf);
  const before = tf.memory().numTensors;
  const start = performance.now();
  let error: RunError | undefined;
  try {
    // The body sits in a block of its own, so the learner's `const window = 3` shadows our
    // parameter of that name instead of being a "has already been declared" syntax error.
    const run = new AsyncFunction(...names, `${bodyPrefix}${code}\n}\n//# sourceURL=${sourceName}`);
    await Promise.race([run(...values), scope.failed]);
  } catch (thrown) {
    error = describe(thrown);
  } finally {
    scope.end();
    unguard();
  }
  // Copies held for reading after the run are ours, not leaks.
  const leaked = Math.max(0, tf.memory().numTensors - before - reads.held);
  tf.engine().endScope();
  const readStart = performance.now();
  try {
    await reads.flush();
  } catch (thrown) {
    // The values never arrived: nothing can be drawn, and the run is not a success.
    displays.length = 0;
    error ??= { kind: 'readback', message: describe(thrown).message };
  }
  // Includes reading the results back: on a GPU backend that is when the work really finishes.
  const end = performance.now();
  const phases = { transpileMs, computeMs: readStart - start, readBackMs: end - readStart };
  return { ...done(error, end - start, leaked), phases };
}

/** Never throws: code may throw a Proxy whose every use throws, even `instanceof`. */
function isSyncReadError(thrown: unknown): boolean {
  try {
    return thrown instanceof SyncReadError;
  } catch {
    return false;
  }
}
