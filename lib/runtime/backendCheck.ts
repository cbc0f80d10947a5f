import * as tf from '@tensorflow/tfjs-core';
import { runFixture, type Fixture, type FixtureResult } from '@/lib/fixtures/fixtureRunner';
import { autoOrder, switchBackend, type BackendName } from './backends';

export interface BackendReport {
  backend: BackendName;
  /** False when this browser cannot run the backend; then `note` says why. */
  available: boolean;
  note?: string;
  results: FixtureResult[];
}

/**
 * Runs the PyTorch reference fixtures on each backend in turn, so a learner (and the e2e
 * test) can see that every backend agrees with PyTorch within the fixture's tolerance.
 */
export async function checkBackends(
  fixtures: Fixture[],
  origin: string,
  backends: readonly BackendName[] = autoOrder,
): Promise<BackendReport[]> {
  const reports: BackendReport[] = [];
  for (const backend of backends) {
    const ready = await switchBackend(backend, origin);
    if (ready.backend !== backend) {
      reports.push({ backend, available: false, note: ready.note, results: [] });
      continue;
    }
    const results: FixtureResult[] = [];
    for (const fixture of fixtures) results.push(await runFixture(fixture, tf));
    reports.push({ backend, available: true, results });
  }
  return reports;
}
