import { mulberry32 } from '@/lib/random';
import type { QuizItem } from '@/lib/content/schema';
import { shuffle } from './session';

/** A quiz item as one attempt shows it: choices in a shuffled order, the answer remapped. */
export interface ShuffledQuiz {
  choices: string[];
  /** Indices into the shuffled `choices`. */
  answer: number[];
}

/** FNV-1a: a small stable hash, so each exercise of a session gets its own order. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The order one attempt shows an item's choices in. The same session seed and exercise give the
 * same order (a re-render must not move the choices under the learner's pointer); another
 * attempt gets another order, so the authored position of the right answer means nothing.
 */
export function shuffleChoices(
  item: QuizItem,
  sessionSeed: number,
  exerciseId: string,
): ShuffledQuiz {
  const random = mulberry32((sessionSeed ^ hashString(exerciseId)) >>> 0);
  const order = shuffle(
    item.choices.map((_, i) => i),
    random,
  );
  return {
    choices: order.map((i) => item.choices[i]),
    answer: item.answer.map((a) => order.indexOf(a)).sort((a, b) => a - b),
  };
}
