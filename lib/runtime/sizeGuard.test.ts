import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkShape, guardBackend, guardedTf } from './sizeGuard';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('tensor size guard', () => {
  it('passes shapes up to the limit and names the shape and limit above it', () => {
    expect(() => checkShape([10, 10], 'tf.zeros', 100)).not.toThrow();
    expect(() => checkShape([10, 11], 'tf.zeros', 100)).toThrow(
      /^tf\.zeros would make a tensor of shape \[10, 11\] with 110 values, more than the 100/,
    );
  });

  it('checks the creation ops before they run, and leaves the rest of tf as it is', () => {
    const guarded = guardedTf(tf, 100);
    expect(() => guarded.randomNormal([20, 20])).toThrow(
      /^tf\.randomNormal would make .*\[20, 20\]/,
    );
    expect(() => guarded.fill([101], 1)).toThrow(/^tf\.fill would make/);
    expect(() => guarded.linspace(0, 1, 200)).toThrow(/^tf\.linspace would make .*\[200\]/);
    const small = guarded.zeros([5, 5]);
    expect(small).toBeInstanceOf(guarded.Tensor);
    expect(guarded.zeros).toBe(guarded.zeros);
    expect(Object.keys(guarded)).toContain('matMul');
    small.dispose();
  });

  it('checks every tensor the backend stores while guarded, and undoes itself', () => {
    const unguard = guardBackend(tf, 100);
    const column = tf.ones([20, 1]);
    const row = tf.ones([1, 20]);
    try {
      expect(() => tf.matMul(column, row)).toThrow(
        /^This operation would make a tensor of shape \[(1, )?20, 20\]/,
      );
    } finally {
      unguard();
    }
    const product = tf.matMul(column, row);
    expect(product.shape).toEqual([20, 20]);
    tf.dispose([column, row, product]);
    expect(Object.hasOwn(tf.backend(), 'write')).toBe(false);
  });
});
