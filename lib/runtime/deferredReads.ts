import type * as tfc from '@tensorflow/tfjs-core';

type TF = typeof tfc;
export type Nested = number | Nested[];

/**
 * Reads tensor values after the learner's code has finished, asynchronously. A synchronous read
 * (dataSync) stalls the GPU pipeline and, on WebGPU, has no dependable implementation at all;
 * `data()` works on every backend. Each read keeps a copy of the tensor, so the code may dispose
 * the original at once.
 */
export class DeferredReads {
  private jobs: (() => Promise<void>)[] = [];

  constructor(private readonly tf: TF) {}

  /** Copies kept alive until `flush`; they are not the learner's leaks. */
  get held(): number {
    return this.jobs.length;
  }

  values(tensor: tfc.Tensor, fill: (values: Float32Array) => void): void {
    const copy = this.tf.keep(this.tf.clone(tensor));
    this.jobs.push(async () => {
      try {
        fill(Float32Array.from((await copy.data()) as ArrayLike<number>));
      } finally {
        copy.dispose();
      }
    });
  }

  nested(tensor: tfc.Tensor, fill: (values: Nested) => void): void {
    const copy = this.tf.keep(this.tf.clone(tensor));
    this.jobs.push(async () => {
      try {
        fill((await copy.array()) as Nested);
      } finally {
        copy.dispose();
      }
    });
  }

  /** Runs every read, in the order asked. Disposes every copy, even when a read fails. */
  async flush(): Promise<void> {
    const jobs = this.jobs;
    this.jobs = [];
    let failure: unknown;
    for (const job of jobs) {
      try {
        await job();
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }
}
