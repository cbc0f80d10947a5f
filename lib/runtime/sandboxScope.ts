/**
 * The names learner code sees besides `tf`, `show` and `console`: stand-ins for the browser APIs
 * it must not use, a view of the global object that hides them too (so `self.fetch` and
 * `globalThis.fetch` fail like `fetch`), and timers that end with the run.
 *
 * Nothing here changes the real global object: tfjs keeps its own `fetch` (the wasm backend
 * downloads its binary with it when it starts) and a later backend switch works as before.
 * This is a guard against mistakes, not a security boundary: code that digs out the real
 * global (`Function('return this')()`) still reaches it. The boundary is the worker's opaque
 * origin and policy (sandboxHost.ts): no storage, no cookies, no network, no page.
 */
import { CodedError, type CodedMessage } from '@/lib/i18n/codedMessages';

type Reason = 'network' | 'storage' | 'page';

const blocked: Record<string, Reason> = {
  fetch: 'network',
  importScripts: 'network',
  XMLHttpRequest: 'network',
  WebSocket: 'network',
  EventSource: 'network',
  WebTransport: 'network',
  indexedDB: 'storage',
  localStorage: 'storage',
  sessionStorage: 'storage',
  caches: 'storage',
  document: 'page',
  window: 'page',
  postMessage: 'page',
};

/** The message a blocked name gives, e.g. "fetch is not available here: code here cannot ...". */
export function blockedMessage(name: string): CodedMessage {
  return { code: `code.run.blocked.${blocked[name] ?? 'page'}`, params: { name } };
}

export class SandboxError extends CodedError {}

/** A stand-in that throws the explanation on any use: a call, `new`, reading or writing a field. */
function poison(name: string): unknown {
  const fail = (): never => {
    throw new SandboxError(blockedMessage(name));
  };
  return new Proxy(function blocked() {}, {
    apply: fail,
    construct: fail,
    get: fail,
    set: fail,
    has: fail,
    deleteProperty: fail,
    defineProperty: fail,
    ownKeys: fail,
    getOwnPropertyDescriptor: fail,
  });
}

type Timer = ReturnType<typeof setTimeout>;

export interface SandboxScope {
  /** Parameter names and their values, for the function that runs the learner's code. */
  names: string[];
  values: unknown[];
  /**
   * Rejects with the first error a timer callback throws: raced against the run, it ends the
   * run with that error even when the code then waits forever.
   */
  failed: Promise<never>;
  /** Cancels timers still pending: once the run has ended nothing of it may keep running. */
  end(): void;
}

/** Builds the stand-ins for one run. */
export function createSandboxScope(): SandboxScope {
  const real = globalThis;
  const pending = new Set<Timer>();
  let fail: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_resolve, reject) => (fail = reject));
  // A throw in a timer callback would otherwise escape the run and stop the whole worker.
  const guarded = (callback: unknown, args: unknown[]) => (): void => {
    if (typeof callback !== 'function') return;
    try {
      callback(...args);
    } catch (error) {
      fail(error);
    }
  };
  const timers = {
    setTimeout: (callback: unknown, ms?: number, ...args: unknown[]) => {
      const id: Timer = real.setTimeout(() => {
        pending.delete(id);
        guarded(callback, args)();
      }, ms);
      pending.add(id);
      return id;
    },
    setInterval: (callback: unknown, ms?: number, ...args: unknown[]) => {
      const id: Timer = real.setInterval(guarded(callback, args), ms);
      pending.add(id);
      return id;
    },
    clearTimeout: (id: Timer) => {
      pending.delete(id);
      real.clearTimeout(id);
    },
    clearInterval: (id: Timer) => {
      pending.delete(id);
      real.clearInterval(id);
    },
  };
  const poisons = Object.fromEntries(Object.keys(blocked).map((name) => [name, poison(name)]));
  const global = globalView(real, { ...poisons, ...timers });
  const shadows: Record<string, unknown> = {
    ...poisons,
    ...timers,
    self: global,
    globalThis: global,
  };
  return {
    names: Object.keys(shadows),
    values: Object.values(shadows),
    failed,
    end() {
      for (const id of pending) {
        real.clearTimeout(id);
        real.clearInterval(id);
      }
      pending.clear();
    },
  };
}

/**
 * The global object as learner code sees it through `self` and `globalThis`: every property
 * of the real one, except that the overrides win and writes land in a layer of this run's own.
 * So `globalThis.setTimeout = null` cannot break tfjs for the runs after it. The proxy's target
 * is an empty object, not the real global, so reporting other values never breaks an invariant.
 */
function globalView(real: typeof globalThis, overrides: Record<string, unknown>): unknown {
  const own: Record<PropertyKey, unknown> = Object.create(null) as Record<PropertyKey, unknown>;
  const bound = new Map<PropertyKey, unknown>();
  const isBlocked = (key: PropertyKey) => typeof key === 'string' && Object.hasOwn(blocked, key);
  const view: unknown = new Proxy(Object.create(null) as object, {
    get(_target, key) {
      if (Object.hasOwn(own, key)) return own[key];
      if (key === 'self' || key === 'globalThis') return view;
      if (typeof key === 'string' && Object.hasOwn(overrides, key)) return overrides[key];
      const value: unknown = Reflect.get(real, key);
      // Native methods (atob, structuredClone, ...) throw "Illegal invocation" unless called on
      // the real global; constructors have a prototype and are left alone (binding hides statics).
      if (typeof value !== 'function' || 'prototype' in value) return value;
      if (!bound.has(key)) bound.set(key, (value as (...a: unknown[]) => unknown).bind(real));
      return bound.get(key);
    },
    set(_target, key, value) {
      if (isBlocked(key) || (typeof key === 'string' && key.startsWith('on'))) {
        throw new SandboxError(blockedMessage(String(key)));
      }
      own[key] = value;
      return true;
    },
    has(_target, key) {
      return Object.hasOwn(own, key) || (!isBlocked(key) && key in real);
    },
    deleteProperty(_target, key) {
      return delete own[key];
    },
    defineProperty(_target, key, descriptor) {
      if (isBlocked(key)) throw new SandboxError(blockedMessage(String(key)));
      own[key] = descriptor.get ? descriptor.get() : descriptor.value;
      return true;
    },
    ownKeys() {
      const keys = new Set([...Reflect.ownKeys(real), ...Reflect.ownKeys(own)]);
      return [...keys].filter((k) => !isBlocked(k));
    },
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Object.hasOwn(own, key)
        ? { value: own[key], writable: true, enumerable: true }
        : !isBlocked(key) && Reflect.getOwnPropertyDescriptor(real, key);
      // The empty target has no such property: it may only be reported as configurable.
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
  return view;
}
