import type * as tfc from '@tensorflow/tfjs-core';
import type { LabConfig } from './config';
import { forward, initialValues, isTrained, lossAndCorrect, parameterShapes } from './model';
import { LabProblemError, labProblem } from './problems';
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
 * Adam's state: its step count and both moments of every trained parameter (by name). Without
 * it a resumed run restarts Adam cold (zero moments, full bias correction), which jolts a model
 * that was converging.
 */
export interface OptimizerState {
  iterations: number;
  m: WeightValues;
  v: WeightValues;
}

/** Where a trainer starts: saved weights at a step, and Adam's state when it was saved. */
export interface TrainerStart {
  weights: WeightValues;
  step: number;
  optimizer?: OptimizerState;
}

/**
 * A lab model and its Adam optimiser on the current tfjs backend. The same config and seed give
 * the same run. Call dispose() when done; every step frees what it allocates.
 */
export class LabTrainer {
  private readonly params = new Map<string, tfc.Variable>();
  private readonly trained: tfc.Variable[] = [];
  /** The names of `trained`, in the same order (Adam keeps its moments by that order). */
  private readonly trainedNames: string[] = [];
  private readonly optimizer: tfc.Optimizer;
  private readonly evalBatch: TaskBatch;
  step = 0;

  constructor(
    private readonly tf: typeof tfc,
    readonly config: LabConfig,
    start?: TrainerStart,
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
      if (trains) {
        this.trained.push(v);
        this.trainedNames.push(name);
      }
    }
    this.step = start?.step ?? 0;
    this.optimizer = tf.train.adam(config.lr);
    this.evalBatch = taskStream(
      config.task,
      config.length,
      config.vocab,
      config.seed + evalSeedOffset,
    )(evalSize);
  }

  /**
   * A trainer that continues a saved run exactly: its weights, and Adam's moments and step count
   * when the save has them (tfjs' Adam restores those asynchronously).
   */
  static async resume(tf: typeof tfc, config: LabConfig, start: TrainerStart) {
    const trainer = new LabTrainer(tf, config, start);
    try {
      if (start.optimizer) await trainer.loadOptimizer(start.optimizer);
    } catch (error) {
      trainer.dispose();
      throw error;
    }
    return trainer;
  }

  /**
   * The batch of a given step. Each step's examples come from a seed of their own, so a run
   * resumed at step s sees the same batches as one that never stopped.
   */
  private batchAt(step: number): TaskBatch {
    const seed = (Math.imul(this.config.seed, 0x9e3779b1) ^ Math.imul(step + 1, 0x85ebca77)) >>> 0;
    return taskStream(
      this.config.task,
      this.config.length,
      this.config.vocab,
      seed,
    )(this.config.batch);
  }

  /**
   * Runs `count` Adam steps and returns the last loss and the held-out accuracy (NaN when
   * `evaluate` is false, which spares the evaluation in a timed loop).
   */
  async train(count: number, headsOff: number[][] = [], evaluate = true): Promise<StepMetrics> {
    const tf = this.tf;
    let last: tfc.Scalar | null = null;
    for (let i = 0; i < count; i++) {
      const batch = this.batchAt(this.step);
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
    for (const [name, v] of this.params) out[name] = await plain(v);
    return out;
  }

  /** Adam's state, or undefined before the first step (it creates its moments then). */
  async optimizerState(): Promise<OptimizerState | undefined> {
    const saved = await this.optimizer.getWeights();
    const [iter, ...moments] = saved;
    const n = this.trainedNames.length;
    const iterations = (await iter.tensor.data())[0];
    iter.tensor.dispose();
    if (moments.length !== 2 * n) return undefined;
    const m: WeightValues = {};
    const v: WeightValues = {};
    for (let i = 0; i < n; i++) {
      m[this.trainedNames[i]] = await plain(moments[i].tensor);
      v[this.trainedNames[i]] = await plain(moments[n + i].tensor);
    }
    return { iterations, m, v };
  }

  private async loadOptimizer(state: OptimizerState): Promise<void> {
    const tf = this.tf;
    const shapes = new Map(parameterShapes(this.config));
    // Checked before any tensor is made, so a bad save leaks nothing.
    const missing = this.trainedNames.find((name) => !state.m[name] || !state.v[name]);
    if (missing)
      throw new LabProblemError(labProblem('lab.problem.optimizerMoment', { name: missing }));
    const tensor = (values: number[], name: string) => tf.tensor(values, shapes.get(name));
    const named = [
      { name: 'iter', tensor: tf.scalar(state.iterations, 'int32') },
      ...this.trainedNames.map((name) => ({
        name: `${name}/m`,
        tensor: tensor(state.m[name], name),
      })),
      ...this.trainedNames.map((name) => ({
        name: `${name}/v`,
        tensor: tensor(state.v[name], name),
      })),
    ];
    try {
      await this.optimizer.setWeights(named);
    } finally {
      // Adam's variables share these tensors' data; disposing ours leaves theirs.
      tf.dispose(named.map((x) => x.tensor));
    }
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

/**
 * A tensor's values as plain numbers, each written with the 9 significant digits that bring a
 * float32 back exactly: files stay about half the size of full doubles' digits.
 */
async function plain(t: tfc.Tensor): Promise<number[]> {
  return Array.from(await t.data(), (x) => Number(x.toPrecision(9)));
}

let counter = 0;
/** tfjs variable names are global per backend; two trainers must never share one. */
function uniqueSuffix(): number {
  return counter++;
}
