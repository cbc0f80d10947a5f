import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { KindHandler } from '@/lib/runtime/dispatcher';
import { configProblems } from './config';
import { problemEnglish } from './problemEnglish';
import { LabProblemError, labProblem, type LabProblem } from './problems';
import { LabTrainer } from './trainer';
import { trainKind, type TrainParams, type TrainResult } from './trainKind';

/** The one model the worker trains; it lives between requests so training resumes in steps. */
let trainer: LabTrainer | null = null;
let trainerBackend = '';

/**
 * The worker's side of the lab. Each 'train' request runs steps for a short time budget and
 * returns, so the page stays in charge: pausing is simply not asking again.
 */
export const trainHandler: KindHandler<TrainParams, TrainResult> = {
  kind: trainKind,
  async handle(_code, params, tf, facts) {
    const base = { backend: facts.backend };
    // The page words the problem; `error` is its English, for consoles and tests.
    const failed = (problem: LabProblem) => ({
      ...base,
      ok: false,
      problem,
      error: problemEnglish(problem),
    });
    try {
      if (params.action === 'init') {
        const config = params.config;
        const problems = configProblems(config);
        if (problems.length > 0) return failed(problems[0]);
        trainer?.dispose();
        trainer = null;
        trainer = params.start
          ? await LabTrainer.resume(tf, config, params.start)
          : new LabTrainer(tf, config);
        trainerBackend = facts.backend;
        return {
          ...base,
          ok: true,
          metrics: { step: trainer.step, loss: NaN, accuracy: await trainer.accuracy() },
        };
      }
      if (!trainer || trainerBackend !== tf.getBackend()) {
        return failed(labProblem('lab.problem.noModel'));
      }
      if (params.action === 'weights') {
        const optimizer = await trainer.optimizerState();
        const weights = await trainer.weights();
        const metrics = { step: trainer.step, loss: NaN, accuracy: NaN };
        return { ...base, ok: true, weights, optimizer, metrics };
      }
      if (params.action === 'probe') {
        const probe = await trainer.probe(params.probe, params.headsOff);
        const accuracy = await trainer.accuracy(params.headsOff);
        return { ...base, ok: true, probe, metrics: { step: trainer.step, loss: NaN, accuracy } };
      }
      return { ...base, ok: true, ...(await trainFor(trainer, params)) };
    } catch (error) {
      if (error instanceof LabProblemError) return failed(error.problem);
      // tfjs' own errors are shown in their own words.
      const detail = error instanceof Error ? error.message : String(error);
      return failed(labProblem('lab.problem.failed', { detail }));
    }
  },
  transferables: () => [],
};

async function trainFor(model: LabTrainer, params: Extract<TrainParams, { action: 'train' }>) {
  const started = performance.now();
  let steps = 0;
  let metrics = await model.train(1, params.headsOff, false);
  steps++;
  // Chunks double while they fit the budget; reading the loss back ends each chunk.
  let chunk = 1;
  while (performance.now() - started < params.budgetMs / 2) {
    chunk = Math.min(chunk * 2, 64);
    metrics = await model.train(chunk, params.headsOff, false);
    steps += chunk;
  }
  const seconds = (performance.now() - started) / 1000;
  metrics = { ...metrics, accuracy: await model.accuracy(params.headsOff) };
  const probe = await model.probe(params.probe, params.headsOff);
  return { metrics, probe, stepsPerSecond: steps / seconds };
}
