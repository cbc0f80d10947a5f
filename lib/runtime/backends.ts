import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { CodedError, englishOf, type CodedMessage } from '@/lib/i18n/codedMessages';
import type { BackendChoice } from './displays';
import { isSoftwareAdapter, tuneSmallProducts } from './softwareGpu';
import { refuseSyncGpuReads } from './syncReads';

/** The order tried when the learner leaves the choice to us: fastest first. */
export const autoOrder = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof autoOrder)[number];

/** The wasm binaries are copied to our own static folder at build time (no CDN). */
export const wasmFolder = '/tfjs-wasm/';

/** setWasmPaths throws once the wasm backend has started: give it the paths only once. */
let wasmPathsSet = false;

export interface BackendReady {
  backend: BackendName;
  /** Why a faster or requested backend was skipped, in English (logs, benches). */
  note?: string;
  /** The same reasons as codes, which the panel words in the page's language. */
  reasons?: CodedMessage[];
}

/**
 * Where the wasm backend finds its binaries: our origin's folder (on a page), or a function
 * that resolves file name -> URL (in the sandboxed runner, which has no network; asked only
 * when the wasm backend is about to start).
 */
export type WasmSource = string | (() => Promise<Record<string, string>>);

/**
 * Switches tfjs to the chosen backend, or the first that works. Never leaves tfjs without a
 * backend: cpu always works.
 */
export async function switchBackend(
  choice: BackendChoice,
  wasm: WasmSource,
  /** Backends not to try (the automatic choice after a run on them failed to read back). */
  exclude: readonly BackendName[] = [],
): Promise<BackendReady> {
  if (typeof wasm === 'string') setWasmPaths(new URL(wasmFolder, wasm).href);
  const order: readonly BackendName[] = (
    choice === 'auto' ? autoOrder : [choice, ...autoOrder.filter((b) => b !== choice)]
  ).filter((b) => !exclude.includes(b));
  const skipped: CodedMessage[] = [];
  for (const name of order) {
    // The backend in use needs no check: asking for a fresh WebGPU adapter on every run is waste.
    if (tf.getBackend() === name) return ready(choice, name, skipped);
    const why = await unavailableReason(name);
    if (why) {
      skipped.push(why);
      continue;
    }
    try {
      if (name === 'wasm' && typeof wasm === 'function' && !wasmPathsSet) {
        setWasmPaths(await wasm());
        wasmPathsSet = true;
      }
      if (await tf.setBackend(name)) {
        await tf.ready();
        refuseSyncGpuReads(tf.backend());
        if (isSoftwareAdapter(tf.backend())) tuneSmallProducts(name);
        return ready(choice, name, skipped);
      }
      skipped.push({ code: 'code.backend.failed', params: { backend: name } });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      skipped.push({ code: 'code.backend.failedWith', params: { backend: name, detail } });
    }
  }
  throw new CodedError({ code: 'code.backend.none', params: { reasons: skipped } });
}

function ready(choice: BackendChoice, used: BackendName, skipped: CodedMessage[]): BackendReady {
  // Said only when the choice was not honoured: automatic, or another backend than asked for.
  if (skipped.length === 0 || (choice !== 'auto' && choice === used)) return { backend: used };
  return { backend: used, note: skipped.map(englishOf).join('; '), reasons: skipped };
}

async function unavailableReason(name: BackendName): Promise<CodedMessage | undefined> {
  if (name !== 'webgpu') return undefined;
  const gpu = (globalThis.navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } })
    .gpu;
  if (!gpu) return { code: 'code.backend.noWebgpu' };
  try {
    if (!(await gpu.requestAdapter())) return { code: 'code.backend.noAdapter' };
  } catch {
    return { code: 'code.backend.noAdapter' };
  }
  return undefined;
}
