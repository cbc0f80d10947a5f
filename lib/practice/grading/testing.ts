/**
 * Test helpers for the grader tests: learner sources derived from the clean solutions, so every
 * drill gets the same kinds of mistakes without sixty hand-written variants.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect } from 'vitest';

export function setupCpuBackend(): void {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });
}

/** Applies text replacements in order; each must match, so a stale test fails loudly. */
export function mutate(source: string, ...edits: [string, string][]): string {
  return edits.reduce((text, [from, to]) => {
    expect(text, `the solution no longer contains ${from}`).toContain(from);
    return text.split(from).join(to);
  }, source);
}

/**
 * Wraps the solution so every tensor it returns gains a leading axis of 1 (and every number
 * becomes [number]): right values, wrong shape.
 */
export function withExtraAxis(source: string, functionName: string): string {
  const renamed = mutate(source, [`function ${functionName}(`, 'function correct(']);
  return `${renamed}
function ${functionName}(...args: any[]) {
  const result = correct(...args);
  const bump = (v: any) => (v instanceof tf.Tensor ? tf.expandDims(v, 0) : [v]);
  if (result instanceof tf.Tensor) return bump(result);
  return Object.fromEntries(Object.entries(result).map(([k, v]) => [k, bump(v)]));
}
`;
}

/** Inserts a throw as the first statement of the function body; returns the source and its line. */
export function withThrow(source: string, functionName: string): { code: string; line: number } {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`function ${functionName}(`));
  // The body opens on the line that ends the signature: "function f(...) {" or ") ... {".
  const open = lines.findIndex((l, i) => i >= start && /^(function |\)).*\{$/.test(l));
  lines.splice(open + 1, 0, "  throw new Error('boom');");
  return { code: lines.join('\n'), line: open + 2 };
}
