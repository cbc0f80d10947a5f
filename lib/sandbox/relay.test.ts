import { describe, expect, it } from 'vitest';
import { bootstrap, bootstrapUrl, judge, maxMessagesPerRequest, type RelayState } from './relay';

describe('judge (what the relay does with a message from the worker)', () => {
  it("forwards the current request's messages", () => {
    const state: RelayState = { current: 3, count: 0 };
    expect(judge(state, { type: 'started', id: 3 })).toBe('forward');
    expect(judge(state, { type: 'wasm-needed', id: 3 })).toBe('forward');
    expect(judge(state, { type: 'answer', id: 3, result: {} })).toBe('forward');
  });

  it('drops other ids, unknown types, types the sandbox itself sends, and non-objects', () => {
    const state: RelayState = { current: 3, count: 0 };
    expect(judge(state, { type: 'answer', id: 2 })).toBe('drop');
    expect(judge(state, { type: 'result', id: 3 })).toBe('drop');
    expect(judge(state, { type: 'started', id: '3' })).toBe('drop');
    expect(judge(state, { type: 'crash', message: 'forged' })).toBe('drop');
    expect(judge(state, { type: 'flood', count: 1 })).toBe('drop');
    expect(judge(state, 'answer')).toBe('drop');
    expect(judge(state, null)).toBe('drop');
    expect(judge({ current: null, count: 0 }, { type: 'answer', id: 1 })).toBe('drop');
  });

  it('calls a flood once the request has had more messages than allowed, forwarded or not', () => {
    const state: RelayState = { current: 1, count: 0 };
    for (let i = 0; i < maxMessagesPerRequest; i++) {
      expect(judge(state, { type: 'started', id: i % 2 })).not.toBe('flood');
    }
    expect(judge(state, { type: 'answer', id: 1 })).toBe('flood');
  });
});

describe('the bootstrap (the data: worker evaluates the script the page sends)', () => {
  it('evaluates its first message at global scope and then leaves onmessage to the script', () => {
    const posted: unknown[] = [];
    const scope: {
      onmessage: ((event: { data: unknown }) => void) | null;
      ran?: boolean;
    } = { onmessage: null };
    // The script a runner would be: it sets its own onmessage.
    const script = 'self.ran = true; self.onmessage = (e) => self.posted.push(e.data);';
    class FileReaderSync {
      readAsText(blob: string) {
        return blob;
      }
    }
    const run = new Function('self', 'FileReaderSync', 'eval', bootstrap);
    run(scope, FileReaderSync, (code: string) =>
      new Function('self', code)(Object.assign(scope, { posted })),
    );
    scope.onmessage!({ data: script });
    expect(scope.ran).toBe(true);
    scope.onmessage!({ data: { kind: 'run', id: 1 } });
    expect(posted).toEqual([{ kind: 'run', id: 1 }]);
  });

  it('is a data: URL that decodes to the bootstrap', () => {
    expect(bootstrapUrl.startsWith('data:text/javascript;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(bootstrapUrl.slice(bootstrapUrl.indexOf(',') + 1))).toBe(bootstrap);
  });
});
