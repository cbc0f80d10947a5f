import type { CodeLocation, RunError } from './displays';

/** The file name learner code runs under, so its frames can be found in a stack trace. */
export const sourceName = 'learner-code.ts';
/** What comes before the learner's first line, on that same line. */
export const bodyPrefix = '"use strict";{';

/**
 * Turns whatever learner code threw into a message for the panel. Never throws itself: code
 * may throw a Proxy or an object whose getters throw, and the run must still end with a message.
 * `format` prints a value that is not an Error (the console's formatter).
 */
export function describeThrown(thrown: unknown, format: (value: unknown) => string): RunError {
  try {
    return describe(thrown, format);
  } catch {
    return { kind: 'runtime', message: 'Your code threw a value that cannot be shown.' };
  }
}

function describe(thrown: unknown, format: (value: unknown) => string): RunError {
  if (thrown instanceof SyntaxError) {
    return { kind: 'syntax', message: `Syntax error: ${thrown.message}` };
  }
  if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
    return {
      kind: 'runtime',
      message: `RangeError: ${thrown.message}. Functions called each other too deeply: most likely a recursive function that never reaches the case that stops it.`,
      location: locate(thrown.stack),
    };
  }
  if (thrown instanceof Error) {
    const message =
      thrown.name && thrown.name !== 'Error' ? `${thrown.name}: ${thrown.message}` : thrown.message;
    const hint = hitTheWall(thrown) ? ` ${wallHint}` : '';
    return { kind: 'runtime', message: `${message}${hint}`, location: locate(thrown.stack) };
  }
  return {
    kind: 'runtime',
    message: `Your code threw ${typeof thrown === 'string' ? JSON.stringify(thrown) : format(thrown)}, which is not an Error, so there is no line to point to. Throw new Error('...') to get one.`,
  };
}

/** Said after an error that the sandbox's boundary raised, so it is not taken for a bug. */
export const wallHint =
  'Code here runs in a sandbox with no network, no storage and no access to the page: put the data you need in the code itself, and show results with show.* and console.log.';

/**
 * Errors the browser raises when code reaches past the sandbox (docs/architecture.md): storage
 * refused in an opaque origin (SecurityError), requests refused by its policy (a failed fetch,
 * a NetworkError from XHR or importScripts).
 */
function hitTheWall(error: Error): boolean {
  return (
    error.name === 'SecurityError' ||
    error.name === 'NetworkError' ||
    (error.name === 'TypeError' && /^Failed to fetch$/.test(error.message))
  );
}

/** Finds the learner's line in a stack trace, undoing the function wrapper's extra lines. */
export function locate(stack: string | undefined): CodeLocation | undefined {
  const match = stack?.match(new RegExp(`${sourceName.replace('.', '\\.')}:(\\d+):(\\d+)`));
  if (!match) return undefined;
  const line = Number(match[1]) - wrapperLines;
  let column = Number(match[2]);
  if (line === 1) column -= bodyPrefix.length;
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
