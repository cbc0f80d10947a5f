import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { carriesState } from './urlEncode';
import { decodeState, encodeState } from './urlState';

describe('playground URL state', () => {
  it('round-trips code, backend and time limit through the hash', () => {
    const state = {
      code: 'show.heatmap([[1, 2], [3, 4]]);\n// ü ∑ 注意',
      backend: 'wasm' as const,
      timeoutMs: 8000,
    };
    const hash = encodeState(state);
    expect(hash).toMatch(/^#s=[\w+-]+$/);
    expect(decodeState(hash)).toEqual({ ok: true, state });
  });

  it('fills defaults for settings an older link lacks', () => {
    const hash = `#s=${compressToEncodedURIComponent(JSON.stringify({ code: 'x' }))}`;
    expect(decodeState(hash)).toEqual({
      ok: true,
      state: { code: 'x', backend: 'auto', timeoutMs: 5000 },
    });
  });

  it('reads no state from an empty hash', () => {
    expect(decodeState('')).toEqual({ ok: true, state: null });
  });

  it('rejects a damaged link with a reason instead of throwing', () => {
    expect(decodeState('#s=%%%garbage')).toMatchObject({ ok: false });
    const wrongType = `#s=${compressToEncodedURIComponent(JSON.stringify({ code: 5, backend: 'tpu' }))}`;
    const result = decodeState(wrongType);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/code/);
    expect(!result.ok && result.reason).toMatch(/backend/);
  });
});

describe('carriesState', () => {
  it('tells a link with settings from a page without them, without reading them', () => {
    expect(carriesState(encodeState({ code: 'x', backend: 'cpu', timeoutMs: 5000 }))).toBe(true);
    expect(carriesState('#s=not-even-lz')).toBe(true);
    expect(carriesState('')).toBe(false);
    expect(carriesState('#s=')).toBe(false);
    expect(carriesState('#section-2')).toBe(false);
  });
});
