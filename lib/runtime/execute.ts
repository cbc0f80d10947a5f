import type * as tfc from '@tensorflow/tfjs-core';
import type { CodeLocation, Display, LogLine, RunError } from './displays';
import { DeferredReads } from './deferredReads';
import { formatTensor, formatValue } from './formatValue';
import { createShow } from './show';
import { CodeSyntaxError, transpile } from './transpile';

type TF = typeof tfc;

export interface ExecuteResult {
  displays: Display[];
  logs: LogLine[];
  logsTruncated: boolean;
  error?: RunError;
  timeMs: number;
  leakedTensors: number;
}

/** Most console lines kept per run: enough to read, too few to freeze the page. */
export const maxLogLines = 500;
const sourceName = 'learner-code.ts';
const strictPrefix = '"use strict";';

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

/** Names learner code must not reach; each is shadowed by a function that says so. */
const blockedGlobals = ['fetch', 'importScripts', 'XMLHttpRequest', 'WebSocket', 'EventSource'];

/**
 * Runs learner code as the body of an async function, with `tf`, `show`, `console` and the
 * given globals in scope. Used by the worker in the browser and by the content tests in Node,
 * so both run pages' code the same way. Tensors the code leaves behind are counted and freed.
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
      const line: LogLine = { level, text: texts.join(' ') };
      args.forEach((a, i) => {
        if (!(a instanceof tf.Tensor) || a.isDisposed) return;
        const { dtype, shape } = a;
        reads.nested(a, (values) => {
          texts[i] = formatTensor(dtype, shape, values);
          line.text = texts.join(' ');
        });
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
  try {
    code = transpile(source);
  } catch (error) {
    const syntax = error as CodeSyntaxError;
    return done({ kind: 'syntax', message: syntax.message, location: syntax.location }, 0, 0);
  }

  const blocked = blockedGlobals.map((name) => () => {
    throw new Error(`${name} is not available in the sandbox: code here cannot reach the network.`);
  });
  const names = ['tf', 'show', 'console', ...blockedGlobals, ...Object.keys(globals)];
  const values = [
    tf,
    createShow(tf, displays, reads),
    learnerConsole,
    ...blocked,
    ...Object.values(globals),
  ];

  tf.engine().startScope();
  const before = tf.memory().numTensors;
  const start = performance.now();
  let error: RunError | undefined;
  try {
    const run = new AsyncFunction(...names, `${strictPrefix}${code}\n//# sourceURL=${sourceName}`);
    await run(...values);
  } catch (thrown) {
    error = describeThrown(thrown);
  }
  // Copies held for reading after the run are ours, not leaks.
  const leaked = Math.max(0, tf.memory().numTensors - before - reads.held);
  tf.engine().endScope();
  try {
    await reads.flush();
  } catch (thrown) {
    error ??= describeThrown(thrown);
  }
  // Includes reading the results back: on a GPU backend that is when the work really finishes.
  const timeMs = performance.now() - start;
  return done(error, timeMs, leaked);
}

function describeThrown(thrown: unknown): RunError {
  if (thrown instanceof SyntaxError) {
    return { kind: 'syntax', message: `Syntax error: ${thrown.message}` };
  }
  if (thrown instanceof Error) {
    const message =
      thrown.name && thrown.name !== 'Error' ? `${thrown.name}: ${thrown.message}` : thrown.message;
    return { kind: 'runtime', message, location: locate(thrown.stack) };
  }
  return {
    kind: 'runtime',
    message: `Your code threw a value that is not an Error: ${safeString(thrown)}`,
  };
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Finds the learner's line in a stack trace, undoing the function wrapper's extra lines. */
export function locate(stack: string | undefined): CodeLocation | undefined {
  const match = stack?.match(new RegExp(`${sourceName.replace('.', '\\.')}:(\\d+):(\\d+)`));
  if (!match) return undefined;
  const line = Number(match[1]) - wrapperLines;
  let column = Number(match[2]);
  if (line === 1) column -= strictPrefix.length;
  return line >= 1 ? { line, column: Math.max(1, column) } : undefined;
}

/** How many lines the engine's function wrapper adds before the body (2 in V8), measured once. */
const wrapperLines = (() => {
  try {
    new Function(`throw new Error();\n//# sourceURL=${sourceName}`)();
  } catch (error) {
    const match = (error as Error).stack?.match(/learner-code\.ts:(\d+):/);
    if (match) return Number(match[1]) - 1;
  }
  return 2;
})();
