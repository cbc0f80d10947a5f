import type * as tfc from '@tensorflow/tfjs-core';
import type { LabConfig } from './config';
import { forward, initialValues, isTrained, lossAndCorrect, parameterShapes } from './model';
import { answerFor, taskStream, type TaskBatch } from './tasks';

/** Held-out examples for accuracy: a stream of their own, never trained on in order. */
const evalSeedOffset = 1_000_003;
const evalSize = 256;

export interface StepMetrics {
  step: number;
  /** Training loss of the last step. */
  loss: number;
  /** Token accuracy on the held-out batch, 0..1. */
  accuracy: number;
}

export interface ProbeResult {
  input: number[];
  /** Argmax per position. */
  prediction: number[];
  /** The task's answer and which positions count. */
  target: number[];
  scored: number[];
  /** Per layer: [H, L, L] row-major. */
  weights: Float32Array[];
}

/** Parameters as plain arrays: what a snapshot, a saved model and a file hold. */
export type WeightValues = Record<string, number[]>;

/**
 * A lab model and its Adam optimiser on the current tfjs backend. The same config and seed give
 * the same run. Call dispose() when done; every step frees what it allocates.
 */
export class LabTrainer {
  private readonly params = new Map<string, tfc.Variable>();
  private readonly trained: tfc.Variable[] = [];
  private readonly optimizer: tfc.Optimizer;
  private readonly nextBatch: (batch: number) => TaskBatch;
  private readonly evalBatch: TaskBatch;
  step = 0;

  constructor(
    private readonly tf: typeof tfc,
    readonly config: LabConfig,
    start?: { weights: WeightValues; step: number },
  ) {
    const initial = initialValues(config);
    for (const [name, shape] of parameterShapes(config)) {
      const saved = start?.weights[name];
      const values = saved ? Float32Array.from(saved) : initial.get(name)!;
      const trains = isTrained(config, name);
      const v = tf.tidy(() =>
        tf.variable(tf.tensor(values, shape), trains, `lab.${name}.${uniqueSuffix()}`),
      );
      this.params.set(name, v);
      if (trains) this.trained.push(v);
    }
    this.step = start?.step ?? 0;
    this.optimizer = tf.train.adam(config.lr);
    this.nextBatch = taskStream(config.task, config.length, config.vocab, config.seed + this.step);
    this.evalBatch = taskStream(
      config.task,
      config.length,
      config.vocab,
      config.seed + evalSeedOffset,
    )(evalSize);
  }

  /**
   * Runs `count` Adam steps and returns the last loss and the held-out accuracy (NaN when
   * `evaluate` is false, which spares the evaluation in a timed loop).
   */
  async train(count: number, headsOff: number[][] = [], evaluate = true): Promise<StepMetrics> {
    const tf = this.tf;
    let last: tfc.Scalar | null = null;
    for (let i = 0; i < count; i++) {
      const batch = this.nextBatch(this.config.batch);
      last?.dispose();
      last = this.optimizer.minimize(
        () => {
          const { inputs, targets, scored } = this.batchTensors(batch);
          const { logits } = forward(tf, this.config, this.params, inputs, headsOff);
          return lossAndCorrect(tf, logits, targets, scored).loss;
        },
        true,
        this.trained,
      );
      this.step++;
    }
    const loss = last ? (await last.data())[0] : NaN;
    last?.dispose();
    const accuracy = evaluate ? await this.accuracy(headsOff) : NaN;
    return { step: this.step, loss, accuracy };
  }

  /** Token accuracy on the held-out batch with the given heads switched off. */
  async accuracy(headsOff: number[][] = []): Promise<number> {
    const tf = this.tf;
    const [correct, total] = tf.tidy(() => {
      const { inputs, targets, scored } = this.batchTensors(this.evalBatch);
      const { logits } = forward(tf, this.config, this.params, inputs, headsOff);
      return [lossAndCorrect(tf, logits, targets, scored).correct, tf.sum(scored)];
    });
    const [c, t] = [(await correct.data())[0], (await total.data())[0]];
    correct.dispose();
    total.dispose();
    return t > 0 ? c / t : 0;
  }

  /** The model's prediction and every head's weights on one sequence. */
  async probe(input: number[], headsOff: number[][] = []): Promise<ProbeResult> {
    const tf = this.tf;
    const { logits, weights } = tf.tidy(() => {
      const x = tf.tensor([input], [1, input.length], 'int32');
      const out = forward(tf, this.config, this.params, x, headsOff);
      return { logits: tf.argMax(out.logits, -1), weights: out.weights };
    });
    const prediction = Array.from(await logits.data());
    const maps = await Promise.all(weights.map((w) => w.data() as Promise<Float32Array>));
    logits.dispose();
    weights.forEach((w) => w.dispose());
    const { y, scored } = answerFor(this.config.task, input);
    return { input, prediction, target: y, scored, weights: maps };
  }

  async weights(): Promise<WeightValues> {
    const out: WeightValues = {};
    for (const [name, v] of this.params) out[name] = Array.from(await v.data());
    return out;
  }

  dispose(): void {
    this.optimizer.dispose();
    for (const v of this.params.values()) v.dispose();
    this.params.clear();
  }

  private batchTensors(batch: TaskBatch) {
    const tf = this.tf;
    const shape: [number, number] = [batch.batch, batch.length];
    return {
      inputs: tf.tensor(batch.inputs, shape, 'int32'),
      targets: tf.tensor(batch.targets, shape, 'int32'),
      scored: tf.tensor(batch.scored, shape, 'float32'),
    };
  }
}

let counter = 0;
/** tfjs variable names are global per backend; two trainers must never share one. */
function uniqueSuffix(): number {
  return counter++;
}
