import { limits } from './limits';
import { exerciseKinds, type ExerciseKind } from './types';

/**
 * Exercise ids are `${kind}:${questionSlug}:${itemId}`, e.g. `quiz:attention-basics:why-scale`.
 * The parts are checked strictly because ids and slugs become object keys in stored data:
 * names like `__proto__` or `constructor` must never get there.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const itemPattern = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
/** Names that mean something on every object; refused as keys even where the pattern allows. */
const reserved = new Set(['__proto__', 'constructor', 'prototype']);

export function isSlug(text: string): boolean {
  return text.length <= limits.name && slugPattern.test(text) && !reserved.has(text);
}

export function isItemId(text: string): boolean {
  return text.length <= limits.name && itemPattern.test(text) && !reserved.has(text);
}

export function isExerciseKind(text: string): text is ExerciseKind {
  return (exerciseKinds as readonly string[]).includes(text);
}

export interface ExerciseIdParts {
  kind: ExerciseKind;
  slug: string;
  itemId: string;
}

/** Builds an exercise id; throws on a bad part, since that is a bug in the calling code. */
export function exerciseId(kind: ExerciseKind, slug: string, itemId: string): string {
  if (!isExerciseKind(kind)) throw new TypeError(`exerciseId: unknown kind "${kind}"`);
  if (!isSlug(slug)) throw new TypeError(`exerciseId: "${slug}" is not a question slug`);
  if (!isItemId(itemId)) throw new TypeError(`exerciseId: "${itemId}" is not an item id`);
  return `${kind}:${slug}:${itemId}`;
}

/** Splits an exercise id into its parts, or returns null when it is not a well-formed id. */
export function parseExerciseId(id: string): ExerciseIdParts | null {
  if (id.length > limits.exerciseId) return null;
  const parts = id.split(':');
  if (parts.length !== 3) return null;
  const [kind, slug, itemId] = parts;
  if (!isExerciseKind(kind) || !isSlug(slug) || !isItemId(itemId)) return null;
  return { kind, slug, itemId };
}
