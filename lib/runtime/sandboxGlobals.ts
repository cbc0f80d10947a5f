// tfjs-core registers no gradients by itself: without them `tf.grad` and the optimizers of
// `tf.train` (which lesson demos use to train a scorer) fail with "gradient function not found".
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as attention from '@/lib/attention';
import * as models from '@/lib/models';

/**
 * What learner code can call besides `tf`, `show` and `console`: the attention core's functions
 * and the lesson models, by their own names, so page code reads like the lessons.
 */
export const sandboxGlobals: Record<string, unknown> = { ...attention, ...models };
