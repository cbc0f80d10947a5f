/// <reference lib="webworker" />
import type { WasmNeeded } from './protocol';

/** File name -> URL, as tfjs' `setWasmPaths` takes them. */
export type WasmPaths = Record<string, string>;

/**
 * The tfjs wasm binaries, asked of the page the first time the wasm backend starts: the worker
 * lives in an opaque origin with no network, so the page fetches them and transfers the bytes.
 * They become blob: URLs of this origin, which the sandbox's policy lets tfjs fetch.
 */
export function wasmFromPage(scope: DedicatedWorkerGlobalScope) {
  let paths: Promise<WasmPaths> | null = null;
  let deliver: ((files: Record<string, ArrayBuffer>) => void) | null = null;
  return {
    paths(id: number): Promise<WasmPaths> {
      paths ??= new Promise<Record<string, ArrayBuffer>>((resolve) => {
        deliver = resolve;
        scope.postMessage({ type: 'wasm-needed', id } satisfies WasmNeeded);
      }).then(toPaths);
      return paths;
    },
    receive(files: Record<string, ArrayBuffer>) {
      deliver?.(files);
      deliver = null;
    },
  };
}

function toPaths(files: Record<string, ArrayBuffer>): WasmPaths {
  const url = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`The page sent no ${name}`);
    return URL.createObjectURL(new Blob([bytes], { type: 'application/wasm' }));
  };
  const simd = url('tfjs-backend-wasm-simd.wasm');
  return {
    'tfjs-backend-wasm.wasm': url('tfjs-backend-wasm.wasm'),
    'tfjs-backend-wasm-simd.wasm': simd,
    // Picked only with threads, which need cross-origin isolation: never in the sandbox.
    'tfjs-backend-wasm-threaded-simd.wasm': simd,
  };
}
