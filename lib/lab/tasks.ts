import { mulberry32 } from '@/lib/random';

/** The lab's tasks; each has a known attention signature (see the page's presets). */
export const taskNames = ['copy', 'reverse', 'sort', 'recall', 'shift'] as const;
export type TaskName = (typeof taskNames)[number];

/** A batch of examples: tokens in, the wanted token per position, and which positions count. */
export interface TaskBatch {
  /** [B * L] token ids. */
  inputs: Int32Array;
  /** [B * L] wanted token ids (0 where the position does not count). */
  targets: Int32Array;
  /** [B * L] 1 where the position is scored, else 0. */
  scored: Float32Array;
  batch: number;
  length: number;
}

/**
 * One example of `task` over tokens 0..vocab-1. copy: y = x; reverse: y[i] = x[L-1-i]; sort:
 * y = x sorted; shift: y[i] = x[i-1] (the previous token; position 0 unscored); recall: pairs
 * k1 v1 k2 v2 ... then a query key, and only the last position is scored, wanting the value that
 * followed that key (the induction pattern ... A B ... A -> B). Recall needs an odd length of at
 * least 3 and a vocabulary of at least 2 (keys are distinct, so at most `vocab` pairs).
 */
export function makeExample(
  task: TaskName,
  length: number,
  vocab: number,
  next: () => number,
): { x: number[]; y: number[]; scored: number[] } {
  const draw = () => Math.floor(next() * vocab);
  if (task === 'recall') {
    const pairs = Math.min(Math.floor((length - 1) / 2), vocab);
    const keys = shuffled(vocab, next).slice(0, pairs);
    const values = keys.map(() => draw());
    const x: number[] = [];
    keys.forEach((k, i) => x.push(k, values[i]));
    // Pad (only when the vocabulary has fewer keys than pairs fit) with repeats of the last pair.
    while (x.length < length - 1) x.push(x[x.length - 2]);
    const asked = Math.floor(next() * pairs);
    x.push(keys[asked]);
    const y = new Array<number>(length).fill(0);
    y[length - 1] = values[asked];
    const scored = new Array<number>(length).fill(0);
    scored[length - 1] = 1;
    return { x, y, scored };
  }
  const x = Array.from({ length }, draw);
  const scored = new Array<number>(length).fill(1);
  if (task === 'copy') return { x, y: [...x], scored };
  if (task === 'reverse') return { x, y: [...x].reverse(), scored };
  if (task === 'sort') return { x, y: [...x].sort((a, b) => a - b), scored };
  scored[0] = 0;
  return { x, y: x.map((_, i) => (i === 0 ? 0 : x[i - 1])), scored };
}

function shuffled(n: number, next: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A seeded source of batches: the same seed gives the same stream of examples. */
export function taskStream(task: TaskName, length: number, vocab: number, seed: number) {
  const next = mulberry32(seed);
  return (batch: number): TaskBatch => {
    const inputs = new Int32Array(batch * length);
    const targets = new Int32Array(batch * length);
    const scored = new Float32Array(batch * length);
    for (let b = 0; b < batch; b++) {
      const ex = makeExample(task, length, vocab, next);
      inputs.set(ex.x, b * length);
      targets.set(ex.y, b * length);
      scored.set(ex.scored, b * length);
    }
    return { inputs, targets, scored, batch, length };
  };
}

/** The target and scored positions for a sequence the learner typed. */
export function answerFor(task: TaskName, x: number[]): { y: number[]; scored: number[] } {
  const length = x.length;
  if (task === 'recall') {
    const y = new Array<number>(length).fill(0);
    const scored = new Array<number>(length).fill(0);
    const query = x[length - 1];
    for (let i = length - 3; i >= 0; i -= 2) {
      if (x[i] === query) {
        y[length - 1] = x[i + 1];
        scored[length - 1] = 1;
        break;
      }
    }
    return { y, scored };
  }
  const all = new Array<number>(length).fill(1);
  if (task === 'copy') return { y: [...x], scored: all };
  if (task === 'reverse') return { y: [...x].reverse(), scored: all };
  if (task === 'sort') return { y: [...x].sort((a, b) => a - b), scored: all };
  all[0] = 0;
  return { y: x.map((_, i) => (i === 0 ? 0 : x[i - 1])), scored: all };
}
