import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageTables } from '@/lib/i18n/messages';
import { sliceAxes } from '@/lib/heatmap/types';
import { executeCode } from './execute';
import { sandboxGlobals } from './sandboxGlobals';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const run = (code: string) => executeCode(code, tf, sandboxGlobals);

describe('show.heatmap sliceAxis', () => {
  it('says what a stack of maps is, for the selector', async () => {
    const result = await run(
      `show.heatmap([[[1, 0]], [[0, 1]]], { heads: ['frame 0', 'frame 1'], sliceAxis: 'frame' });`,
    );
    expect(result.error).toBeUndefined();
    const [display] = result.displays;
    expect(display.kind === 'heatmap' && display.sliceAxis).toBe('frame');
  });

  it('refuses an axis the page cannot name', async () => {
    const result = await run(`show.heatmap([[[1]], [[2]]], { sliceAxis: 'frames' as any });`);
    expect(result.error?.message).toMatch(
      /^show\.heatmap: sliceAxis is "frames", expected one of head, frame, passage/,
    );
  });

  it('has a label for every axis in both languages', () => {
    for (const axis of sliceAxes) {
      expect(messageTables.en[`heatmap.slice.${axis}`]).toBeTruthy();
      expect(messageTables.zh[`heatmap.slice.${axis}`]).toBeTruthy();
    }
  });
});
