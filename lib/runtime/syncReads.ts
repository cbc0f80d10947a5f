import { isWebGPUBackend, webgpuHasHostCopy } from '@/lib/attention/hostValues';

/**
 * A synchronous read (dataSync, arraySync, bufferSync, print) of data that lives only on the GPU,
 * refused under WebGPU. tfjs-backend-webgpu 4.22 would answer it with a canvas trick that, in a
 * worker on current Chromium, returns zeros and leaves the device's instance gone, so that every
 * later read fails with "A valid external Instance reference no longer exists" (issue 14).
 * The run ends with this error instead, and the automatic choice runs the code on the next backend.
 */
export class SyncReadError extends Error {
  override name = 'SyncReadError';
}

export const syncReadMessage =
  'WebGPU cannot read values synchronously: dataSync(), arraySync(), bufferSync() and print() wait for the GPU, which WebGPU does not allow. Read them with `await t.data()` or `await t.array()` instead, or choose another backend.';

interface ReadsSync {
  readSync(dataId: object): unknown;
  uploadToGPU?(dataId: object): void;
}

const guarded = new WeakSet<object>();

/**
 * Makes the WebGPU backend refuse synchronous reads of GPU-only data, once per backend object.
 * Data with a host copy (uploaded from JavaScript, or read before) is still returned as usual,
 * and data written from JavaScript keeps its host copy after the upload (tfjs drops it): a mask
 * the code also used in a GPU op (`tf.where(mask, ...)` in a training loop) can still be checked
 * on the host by the attention core. Any other backend is left as it is.
 */
export function refuseSyncGpuReads(backend: unknown): void {
  if (!isWebGPUBackend(backend) || guarded.has(backend)) return;
  guarded.add(backend);
  const target = backend as unknown as ReadsSync;
  const readSync = target.readSync;
  target.readSync = function (this: ReadsSync, dataId: object) {
    if (!webgpuHasHostCopy(backend, dataId)) throw new SyncReadError(syncReadMessage);
    return readSync.call(this, dataId);
  };
  const upload = target.uploadToGPU;
  if (upload) {
    target.uploadToGPU = function (this: ReadsSync, dataId: object) {
      const data = backend.tensorMap.get(dataId);
      const values = data?.values;
      upload.call(this, dataId);
      if (data && values != null && data.values == null) data.values = values;
    };
  }
}
