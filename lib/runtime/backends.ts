import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendChoice } from './displays';
import { isSoftwareAdapter, tuneSmallProducts } from './softwareGpu';
import { refuseSyncGpuReads } from './syncReads';

/** The order tried when the learner leaves the choice to us: fastest first. */
export const autoOrder = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof autoOrder)[number];

/** The wasm binaries are copied to our own static folder at build time (no CDN). */
export const wasmFolder = '/tfjs-wasm/';

export interface BackendReady {
  backend: BackendName;
  /** Why a faster or requested backend was skipped, for the panel. */
  note?: string;
}

/**
 * Switches tfjs to the chosen backend, or the first that works. Never leaves tfjs without a
 * backend: cpu always works.
 */
export async function switchBackend(
  choice: BackendChoice,
  origin: string,
  /** Backends not to try (the automatic choice after a run on them failed to read back). */
  exclude: readonly BackendName[] = [],
): Promise<BackendReady> {
  setWasmPaths(new URL(wasmFolder, origin).href);
  const order: readonly BackendName[] = (
    choice === 'auto' ? autoOrder : [choice, ...autoOrder.filter((b) => b !== choice)]
  ).filter((b) => !exclude.includes(b));
  const skipped: string[] = [];
  for (const name of order) {
    // The backend in use needs no check: asking for a fresh WebGPU adapter on every run is waste.
    if (tf.getBackend() === name) return { backend: name, note: noteFor(choice, name, skipped) };
    const why = await unavailableReason(name);
    if (why) {
      skipped.push(why);
      continue;
    }
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        refuseSyncGpuReads(tf.backend());
        if (isSoftwareAdapter(tf.backend())) tuneSmallProducts(name);
        return { backend: name, note: noteFor(choice, name, skipped) };
      }
      skipped.push(`${name} failed to start`);
    } catch (error) {
      skipped.push(
        `${name} failed to start (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  throw new Error(`No tfjs backend could start: ${skipped.join('; ')}`);
}

function noteFor(choice: BackendChoice, used: BackendName, skipped: string[]): string | undefined {
  if (skipped.length === 0) return undefined;
  if (choice === 'auto' || choice !== used) return skipped.join('; ');
  return undefined;
}

async function unavailableReason(name: BackendName): Promise<string | undefined> {
  if (name !== 'webgpu') return undefined;
  const gpu = (globalThis.navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } })
    .gpu;
  if (!gpu) return 'WebGPU is not available in this browser';
  try {
    if (!(await gpu.requestAdapter())) return 'WebGPU found no adapter on this device';
  } catch {
    return 'WebGPU found no adapter on this device';
  }
  return undefined;
}
