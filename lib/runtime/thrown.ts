import { codedEn, codedOf, englishOf, type CodedMessage } from '@/lib/i18n/codedMessages';
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
    return coded('runtime', { code: 'code.run.threwUnshowable' });
  }
}

function describe(thrown: unknown, format: (value: unknown) => string): RunError {
  if (thrown instanceof SyntaxError) {
    return coded('syntax', { code: 'code.run.syntax', params: { detail: thrown.message } });
  }
  if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
    return coded(
      'runtime',
      { code: 'code.run.stackOverflow', params: { detail: thrown.message } },
      locate(thrown.stack),
    );
  }
  if (thrown instanceof Error) {
    const message =
      thrown.name && thrown.name !== 'Error' ? `${thrown.name}: ${thrown.message}` : thrown.message;
    if (hitTheWall(thrown)) {
      return coded(
        'runtime',
        { code: 'code.run.sandboxWall', params: { detail: message } },
        locate(thrown.stack),
      );
    }
    // Our own errors (the core's, the sandbox's, show's) carry a code the page words itself.
    return { kind: 'runtime', message, coded: codedOf(thrown), location: locate(thrown.stack) };
  }
  const value = typeof thrown === 'string' ? JSON.stringify(thrown) : format(thrown);
  return coded('runtime', { code: 'code.run.threwNonError', params: { value } });
}

function coded(kind: RunError['kind'], message: CodedMessage, location?: CodeLocation): RunError {
  return { kind, message: englishOf(message), coded: message, location };
}

/** Said after an error that the sandbox's boundary raised, so it is not taken for a bug. */
export const wallHint = codedEn['code.run.sandboxWall'].replace('{detail} ', '');

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
