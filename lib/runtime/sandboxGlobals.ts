import * as attention from '@/lib/attention';
import * as models from '@/lib/models';

/**
 * What learner code can call besides `tf`, `show` and `console`: the attention core's functions
 * and the lesson models, by their own names, so page code reads like the lessons.
 */
export const sandboxGlobals: Record<string, unknown> = { ...attention, ...models };
