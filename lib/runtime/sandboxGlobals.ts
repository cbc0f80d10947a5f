import * as attention from '@/lib/attention';
import * as models from '@/lib/models';
// lib/attention registers no gradients; learner code that trains (tf.grads through
// transformerBlock, for example) needs them in the worker that runs it.
import '@tensorflow/tfjs-core/dist/register_all_gradients';

/**
 * What learner code can call besides `tf`, `show` and `console`: the attention core's functions
 * and the lesson models, by their own names, so page code reads like the lessons.
 */
export const sandboxGlobals: Record<string, unknown> = { ...attention, ...models };
