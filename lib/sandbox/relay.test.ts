import { describe, expect, it } from 'vitest';
import { judge, maxMessagesPerRequest, type RelayState } from './relay';

describe('judge (what the relay does with a message from the worker)', () => {
  it("forwards the current request's messages", () => {
    const state: RelayState = { current: 3, count: 0 };
    expect(judge(state, { type: 'started', id: 3 })).toBe('forward');
    expect(judge(state, { type: 'wasm-needed', id: 3 })).toBe('forward');
    expect(judge(state, { type: 'result', id: 3, result: {} })).toBe('forward');
  });

  it('drops other ids, unknown types, types the sandbox itself sends, and non-objects', () => {
    const state: RelayState = { current: 3, count: 0 };
    expect(judge(state, { type: 'result', id: 2 })).toBe('drop');
    expect(judge(state, { type: 'started', id: '3' })).toBe('drop');
    expect(judge(state, { type: 'crash', message: 'forged' })).toBe('drop');
    expect(judge(state, { type: 'flood', count: 1 })).toBe('drop');
    expect(judge(state, 'result')).toBe('drop');
    expect(judge(state, null)).toBe('drop');
    expect(judge({ current: null, count: 0 }, { type: 'result', id: 1 })).toBe('drop');
  });

  it('calls a flood once the request has had more messages than allowed, forwarded or not', () => {
    const state: RelayState = { current: 1, count: 0 };
    for (let i = 0; i < maxMessagesPerRequest; i++) {
      expect(judge(state, { type: 'started', id: i % 2 })).not.toBe('flood');
    }
    expect(judge(state, { type: 'result', id: 1 })).toBe('flood');
  });
});
