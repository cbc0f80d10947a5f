import * as tf from '@tensorflow/tfjs-core';
import { describeValue, failWith } from '@/lib/attention/checks';

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
        failWith(FN, 'code.core.logitsRank', { shape: value.shape.join(', '), step });
      }
      return Array.from((await value.data()) as ArrayLike<number>);
    } finally {
      value.dispose();
    }
  }
  if (!Array.isArray(value)) {
    failWith(FN, 'code.core.logitsType', { got: value === null ? 'null' : typeof value, step });
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
    failWith(FN, 'code.core.notFunction', {
      name: 'nextLogits',
      got: typeof nextLogits,
      signature: '(ids) => logits',
    });
  }
  if (
    !Array.isArray(prompt) ||
    prompt.length === 0 ||
    !prompt.every((id) => Number.isInteger(id) && id >= 0)
  ) {
    failWith(FN, 'code.core.tokenIds', { name: 'prompt', got: String(JSON.stringify(prompt)) });
  }
  if (typeof opts !== 'object' || opts === null) {
    failWith(FN, 'code.core.notObject', {
      name: 'opts',
      got: describeValue(opts),
      expected: '{ maxNewTokens, stopId? }',
    });
  }
  const { maxNewTokens, stopId } = opts;
  if (!Number.isInteger(maxNewTokens) || maxNewTokens < 0) {
    failWith(FN, 'code.core.integerAtLeast', {
      name: 'maxNewTokens',
      got: String(maxNewTokens),
      min: 0,
    });
  }
  if (stopId !== undefined && !(Number.isInteger(stopId) && stopId >= 0)) {
    failWith(FN, 'code.core.tokenId', { name: 'stopId', got: String(stopId) });
  }

  const ids = prompt.slice();
  const steps: GreedyDecodeStep[] = [];
  let vocab: number | undefined;
  for (let step = 0; step < maxNewTokens; step++) {
    const logits = await readLogits(nextLogits(ids.slice()), step);
    if (vocab === undefined) vocab = logits.length;
    if (vocab === 0) failWith(FN, 'code.core.logitsEmpty', { step });
    if (logits.length !== vocab) {
      failWith(FN, 'code.core.logitsCount', { count: logits.length, step, want: vocab });
    }
    const bad = logits.findIndex((v) => typeof v !== 'number' || Number.isNaN(v));
    if (bad >= 0) {
      failWith(FN, 'code.core.logitValue', { index: bad, step, got: String(logits[bad]) });
    }
    const id = logits.reduce((best, v, i) => (v > logits[best] ? i : best), 0);
    const probabilities = softmax(logits);
    steps.push({ prefix: ids.slice(), id, probability: probabilities[id], probabilities });
    ids.push(id);
    if (id === stopId) break;
  }
  return { ids, steps };
}
