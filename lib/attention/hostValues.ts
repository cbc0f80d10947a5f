import * as tf from '@tensorflow/tfjs-core';

/**
 * WebGPU can only read a buffer back asynchronously. tfjs-backend-webgpu 4.22 still offers
 * `dataSync` through a canvas trick which, in a worker on current Chromium, returns zeros and
 * loses the device's instance: every later read of the run fails (issue 14). The runtime
 * refuses such reads (lib/runtime/syncReads.ts); the checks of this core skip them instead.
 */

/** What tfjs-backend-webgpu keeps per tensor: `values` is the host copy, when it has one. */
interface WebGPUTensorData {
  values?: unknown;
  dtype: string;
  resource?: unknown;
  complexTensorInfos?: { real: { dataId: object }; imag: { dataId: object } };
}

export interface WebGPULikeBackend {
  tensorMap: { get(dataId: object): WebGPUTensorData | undefined };
}

interface EngineInternals {
  state: { tensorInfo: { get(dataId: object): { backend: unknown } | undefined } };
}

/** True for tfjs-backend-webgpu's backend object (the only backend with a `tensorMap`). */
export function isWebGPUBackend(backend: unknown): backend is WebGPULikeBackend {
  const map = (backend as Partial<WebGPULikeBackend> | null)?.tensorMap;
  return typeof map?.get === 'function';
}

/** Whether a WebGPU backend can hand this data over without waiting for the GPU. */
export function webgpuHasHostCopy(backend: WebGPULikeBackend, dataId: object): boolean {
  const data = backend.tensorMap.get(dataId);
  if (!data) return true; // Unknown to the backend: let tfjs report it in its own words.
  if (data.values != null || data.dtype === 'string') return true;
  const parts = data.complexTensorInfos;
  if (data.dtype === 'complex64' && parts) {
    return (
      webgpuHasHostCopy(backend, parts.real.dataId) && webgpuHasHostCopy(backend, parts.imag.dataId)
    );
  }
  return false;
}

/**
 * The tensor's values when they can be read synchronously (every backend, except data that
 * lives only on the GPU under WebGPU), else undefined. For checks that may be skipped.
 */
export function hostValues(t: tf.Tensor): tf.TypedArray | undefined {
  const owner = (tf.engine() as unknown as EngineInternals).state.tensorInfo.get(t.dataId)?.backend;
  if (isWebGPUBackend(owner) && !webgpuHasHostCopy(owner, t.dataId)) return undefined;
  return t.dataSync() as tf.TypedArray;
}
