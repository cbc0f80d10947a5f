/**
 * Test-only: the tfjs wasm backend in Node (its Node build reads the .wasm binaries beside it).
 * Training the lab's small models is several times faster there than on the cpu backend, which
 * keeps the longer training tests within CI's time.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll } from 'vitest';

export function setupWasmBackend(): void {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
    if (tf.getBackend() !== 'wasm') throw new Error('The wasm backend did not start in Node.');
  });
}
