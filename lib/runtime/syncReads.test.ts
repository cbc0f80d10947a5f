import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostValues } from '@/lib/attention/hostValues';
import { executeCode } from './execute';
import { sandboxGlobals } from './sandboxGlobals';
import { refuseSyncGpuReads, SyncReadError } from './syncReads';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The part of tfjs-backend-webgpu 4.22's backend these functions look at. */
function fakeWebGPU(entries: Record<string, { values?: Float32Array; dtype: string }>) {
  const readSync = vi.fn((id: { key: string }) => entries[id.key].values ?? new Float32Array(1));
  const backend = {
    tensorMap: { get: (id: { key: string }) => ({ resource: {}, ...entries[id.key] }) },
    readSync,
  };
  return { backend, readSync };
}

describe('refuseSyncGpuReads', () => {
  it('refuses a synchronous read of GPU-only data before tfjs tries its canvas read', () => {
    const { backend, readSync } = fakeWebGPU({ gpu: { dtype: 'float32' } });
    refuseSyncGpuReads(backend);
    expect(() => backend.readSync({ key: 'gpu' })).toThrow(SyncReadError);
    expect(() => backend.readSync({ key: 'gpu' })).toThrow(/await t\.data\(\)/);
    expect(readSync).not.toHaveBeenCalled();
  });

  it('still reads data that has a host copy, and wraps a backend only once', () => {
    const values = new Float32Array([1, 2]);
    const { backend, readSync } = fakeWebGPU({ host: { values, dtype: 'float32' } });
    refuseSyncGpuReads(backend);
    const wrapped = backend.readSync;
    refuseSyncGpuReads(backend);
    expect(backend.readSync).toBe(wrapped);
    expect(backend.readSync({ key: 'host' })).toBe(values);
    expect(readSync).toHaveBeenCalledTimes(1);
  });

  it('keeps the host copy of data written from JavaScript when tfjs uploads it', () => {
    const values = new Float32Array([1, 0]);
    const entry: { values?: Float32Array | null; dtype: string } = { values, dtype: 'bool' };
    const backend = {
      tensorMap: { get: () => entry },
      readSync: vi.fn(),
      // As tfjs-backend-webgpu 4.22 does: upload, then drop the values on the host.
      uploadToGPU: vi.fn<(dataId: object) => void>(() => {
        entry.values = null;
      }),
    };
    refuseSyncGpuReads(backend);
    backend.uploadToGPU({});
    expect(entry.values).toBe(values);
    expect(() => backend.readSync({})).not.toThrow();
  });

  it('leaves other backends alone', () => {
    const cpu = tf.backend();
    const readSync = cpu.readSync;
    refuseSyncGpuReads(cpu);
    expect(cpu.readSync).toBe(readSync);
  });
});

describe('hostValues', () => {
  it('reads any tensor on the cpu backend', () => {
    const t = tf.tensor1d([1, Number.NaN]);
    expect(Array.from(hostValues(t)!)).toEqual([1, Number.NaN]);
    t.dispose();
  });
});

describe('executeCode and read failures', () => {
  it('makes a refused synchronous read a read-back error, with the learner line', async () => {
    const result = await executeCode(
      'const x = 1;\nthrow new SyncReadError("no sync reads here");',
      tf,
      { ...sandboxGlobals, SyncReadError },
    );
    expect(result.error).toMatchObject({ kind: 'readback', location: { line: 2 } });
    expect(result.error?.message).toContain('no sync reads here');
  });

  it('makes a failed read after the run a read-back error and draws nothing', async () => {
    vi.spyOn(tf.Tensor.prototype, 'data').mockRejectedValue(
      new Error("AbortError: Failed to execute 'mapAsync' on 'GPUBuffer'"),
    );
    const before = tf.memory().numTensors;
    const result = await executeCode('show.heatmap(tf.ones([2, 2]));', tf, sandboxGlobals);
    expect(result.error).toMatchObject({ kind: 'readback' });
    expect(result.error?.message).toContain('mapAsync');
    expect(result.displays).toEqual([]);
    // The copies kept for reading are freed even so.
    expect(tf.memory().numTensors).toBe(before);
  });
});
