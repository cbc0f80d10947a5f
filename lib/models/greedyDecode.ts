import * as tf from '@tensorflow/tfjs-core';

/**
 * Greedy decoding for the text-generation lesson (question 15). A language model is any function
 * that maps the token ids so far to one score (logit) per vocabulary entry for the next token.
 * Greedy decoding appends the highest-scoring token, runs the model again on the longer prefix,
 * and stops after `maxNewTokens` tokens or when it produces `stopId`.
 */

/** Next-token logits for a prefix: a plain array or a 1-D tensor (it is read, then disposed). */
export type NextTokenLogits = (ids: number[]) => number[] | tf.Tensor;

export interface GreedyDecodeOptions {
  /** Most tokens to add after the prompt. */
  maxNewTokens: number;
  /** Stop once this token has been produced (it is kept in the output). */
  stopId?: number;
}

export interface GreedyDecodeStep {
  /** The ids the model saw at this step. */
  prefix: number[];
  /** The id chosen: the argmax of the logits (the first one on a tie). */
  id: number;
  /** Softmax probability of the chosen id. */
  probability: number;
  /** Softmax of the logits over the whole vocabulary. */
  probabilities: number[];
}

export interface GreedyDecodeResult {
  /** Prompt followed by every generated id. */
  ids: number[];
  steps: GreedyDecodeStep[];
}

const FN = 'greedyDecode';

/** Read asynchronously: WebGPU cannot read a tensor back synchronously (issue 14). */
async function readLogits(value: unknown, step: number): Promise<number[]> {
  if (value instanceof tf.Tensor) {
    try {
      if (value.rank !== 1) {
        throw new Error(
          `${FN}: nextLogits returned a tensor of shape [${value.shape.join(', ')}] at step ${step} but expected a 1-D tensor [vocab]`,
        );
      }
      return Array.from((await value.data()) as ArrayLike<number>);
    } finally {
      value.dispose();
    }
  }
  if (!Array.isArray(value)) {
    throw new Error(
      `${FN}: nextLogits returned ${value === null ? 'null' : typeof value} at step ${step} but expected number[] or a 1-D tensor`,
    );
  }
  return value as number[];
}

/** Softmax of plain numbers, with the maximum subtracted so large logits do not overflow. */
function softmax(logits: number[]): number[] {
  const top = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

export async function greedyDecode(
  nextLogits: NextTokenLogits,
  prompt: number[],
  opts: GreedyDecodeOptions,
): Promise<GreedyDecodeResult> {
  if (typeof nextLogits !== 'function') {
    throw new Error(
      `${FN}: nextLogits is ${typeof nextLogits} but expected a function (ids) => logits`,
    );
  }
  if (
    !Array.isArray(prompt) ||
    prompt.length === 0 ||
    !prompt.every((id) => Number.isInteger(id) && id >= 0)
  ) {
    throw new Error(
      `${FN}: prompt is ${JSON.stringify(prompt)} but expected a non-empty array of token ids (integers >= 0)`,
    );
  }
  if (typeof opts !== 'object' || opts === null) {
    throw new Error(`${FN}: opts is ${String(opts)} but expected { maxNewTokens, stopId? }`);
  }
  const { maxNewTokens, stopId } = opts;
  if (!Number.isInteger(maxNewTokens) || maxNewTokens < 0) {
    throw new Error(`${FN}: maxNewTokens is ${String(maxNewTokens)} but expected an integer >= 0`);
  }
  if (stopId !== undefined && !(Number.isInteger(stopId) && stopId >= 0)) {
    throw new Error(`${FN}: stopId is ${String(stopId)} but expected a token id (integer >= 0)`);
  }

  const ids = prompt.slice();
  const steps: GreedyDecodeStep[] = [];
  let vocab: number | undefined;
  for (let step = 0; step < maxNewTokens; step++) {
    const logits = await readLogits(nextLogits(ids.slice()), step);
    if (vocab === undefined) vocab = logits.length;
    if (logits.length === 0 || logits.length !== vocab) {
      throw new Error(
        `${FN}: nextLogits returned ${logits.length} logits at step ${step} but expected ${vocab === 0 ? 'at least one' : vocab} (one per vocabulary entry)`,
      );
    }
    const bad = logits.findIndex((v) => typeof v !== 'number' || Number.isNaN(v));
    if (bad >= 0) {
      throw new Error(
        `${FN}: logit ${bad} at step ${step} is ${String(logits[bad])} but expected a number`,
      );
    }
    const id = logits.reduce((best, v, i) => (v > logits[best] ? i : best), 0);
    const probabilities = softmax(logits);
    steps.push({ prefix: ids.slice(), id, probability: probabilities[id], probabilities });
    ids.push(id);
    if (id === stopId) break;
  }
  return { ids, steps };
}
