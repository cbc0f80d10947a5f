/**
 * tfjs-core registers no gradients by itself: without this, `tf.grad` and the optimizers of
 * `tf.train` (which lesson demos use to train a scorer) fail with "gradient function not found".
 * Imported by the worker and by the tests that run demos, never by code that runs at build time:
 * there `@tensorflow/tfjs-core` resolves to its CommonJS bundle, and this ES module file would
 * load a second engine whose flags are never registered.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
