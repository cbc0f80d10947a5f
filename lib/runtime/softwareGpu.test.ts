import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { isSoftwareAdapter, productOutputs, tuneSmallProducts } from './softwareGpu';

const flag = 'WEBGPU_MATMUL_PROGRAM_TYPE';
const info = (shape: number[]) => ({ shape }) as unknown as tf.TensorInfo;

describe('small matrix products on a software WebGPU adapter', () => {
  it('recognises SwiftShader from the adapter info tfjs keeps', () => {
    expect(
      isSoftwareAdapter({ adapterInfo: { vendor: 'google', architecture: 'swiftshader' } }),
    ).toBe(true);
    expect(isSoftwareAdapter({ adapterInfo: { vendor: 'nvidia', architecture: 'ampere' } })).toBe(
      false,
    );
    expect(isSoftwareAdapter(tf.backend())).toBe(false);
  });

  it('counts the outputs of batched and transposed products', () => {
    expect(productOutputs({ a: info([72, 8]), b: info([1, 8]) }, { transposeB: true })).toBe(72);
    expect(productOutputs({ a: info([8, 1, 9]), b: info([8, 9, 8]) }, {})).toBe(64);
    expect(productOutputs({ a: info([72, 8]), b: info([72, 8]) }, { transposeA: true })).toBe(64);
    expect(productOutputs({ a: info([2, 3, 4, 5]), b: info([5, 6]) }, {})).toBe(2 * 3 * 4 * 6);
  });

  it('picks the tiled program for products of 128 outputs or fewer, and restores the flag', () => {
    // Registered by tfjs-backend-webgpu, which does not load in Node.
    try {
      tf.env().get(flag);
    } catch {
      tf.env().registerFlag(flag, () => -1);
    }
    const seen: number[] = [];
    tf.registerKernel({
      kernelName: tf.BatchMatMul,
      backendName: 'test-gpu',
      kernelFunc: () => {
        seen.push(Number(tf.env().get(flag)));
        return { dataId: {}, shape: [], dtype: 'float32' };
      },
    });
    tuneSmallProducts('test-gpu');
    tuneSmallProducts('test-gpu'); // once per kernel, however often the backend starts
    const run = (a: number[], b: number[]) =>
      tf.getKernel(tf.BatchMatMul, 'test-gpu')!.kernelFunc({
        inputs: { a: info(a), b: info(b) },
        attrs: { transposeA: false, transposeB: false },
        backend: tf.backend(),
      });
    run([8, 16], [16, 16]); // 128 outputs
    run([8, 16], [16, 17]); // 136
    expect(seen).toEqual([2, -1]);
    expect(tf.env().get(flag)).toBe(-1);
    tf.unregisterKernel(tf.BatchMatMul, 'test-gpu');
  });
});
