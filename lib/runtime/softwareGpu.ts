import * as tf from '@tensorflow/tfjs-core';

/**
 * tfjs-backend-webgpu 4.22 computes a matrix product of at most 128 outputs with its "reduce"
 * program: one workgroup per output, summing with workgroup barriers. On a software adapter
 * (SwiftShader, what headless Chromium and GPU-less machines get) each barrier costs so much that
 * such a product takes 20 to 50 ms, against 1 to 3 ms for its tiled small-output program; a
 * training step made of small products (page 26: 200 Adam steps) took 45 s instead of 4. On a
 * software adapter, products that small use the tiled program; every other choice is tfjs's own.
 */

/** The flag tfjs-backend-webgpu reads on every product; 2 = MatMulSmallOutputSizeProgram. */
const programFlag = 'WEBGPU_MATMUL_PROGRAM_TYPE';
const smallOutputProgram = 2;
/** tfjs picks its reduce program at this many outputs or fewer. */
const reduceProgramLimit = 128;

interface AdapterInfoLike {
  architecture?: string;
  vendor?: string;
}

/** True for WebGPU on SwiftShader, Chromium's software adapter. */
export function isSoftwareAdapter(backend: unknown): boolean {
  const info = (backend as { adapterInfo?: AdapterInfoLike } | null)?.adapterInfo;
  return info?.architecture === 'swiftshader';
}

type MatMulInputs = { a: tf.TensorInfo; b: tf.TensorInfo };
type MatMulAttrs = { transposeA?: boolean; transposeB?: boolean };

/** How many values a (batched) matrix product writes. */
export function productOutputs({ a, b }: MatMulInputs, attrs: MatMulAttrs): number {
  const rows = attrs.transposeA ? a.shape[a.shape.length - 1] : a.shape[a.shape.length - 2];
  const cols = attrs.transposeB ? b.shape[b.shape.length - 2] : b.shape[b.shape.length - 1];
  const batch = (s: number[]) => s.slice(0, -2).reduce((x, y) => x * y, 1);
  return Math.max(batch(a.shape), batch(b.shape)) * rows * cols;
}

const tuned = new WeakSet<object>();

/**
 * Makes the given backend's matrix-product kernels (plain and fused) use the tiled program for
 * small outputs, once per kernel. For a software WebGPU adapter only; others are left alone.
 */
export function tuneSmallProducts(backendName: string): void {
  for (const kernelName of [tf.BatchMatMul, tf._FusedMatMul]) {
    const config = tf.getKernel(kernelName, backendName);
    if (!config || tuned.has(config)) continue;
    tuned.add(config);
    const original = config.kernelFunc;
    config.kernelFunc = (args) => {
      const small =
        productOutputs(args.inputs as unknown as MatMulInputs, args.attrs as MatMulAttrs) <=
        reduceProgramLimit;
      const previous = tf.env().get(programFlag);
      if (small && Number(previous) < 0) tf.env().set(programFlag, smallOutputProgram);
      try {
        return original(args);
      } finally {
        tf.env().set(programFlag, previous);
      }
    };
  }
}
