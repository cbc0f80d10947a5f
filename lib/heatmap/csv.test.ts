import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, toCsv } from './csv';

describe('csvField', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
  });
  it('defuses formula-like labels but not numbers', () => {
    expect(csvField('=SUM(A1)', true)).toBe("'=SUM(A1)");
    expect(csvField('-1', true)).toBe('-1');
    expect(csvField('@x', false)).toBe('@x');
  });
});

describe('csvNumber', () => {
  it('prints float32 values at float32 precision', () => {
    expect(csvNumber(new Float32Array([0.1])[0])).toBe('0.1');
    expect(csvNumber(NaN)).toBe('NaN');
    expect(csvNumber(-Infinity)).toBe('-Infinity');
  });
});

describe('toCsv', () => {
  it('writes labels, values, blanks for masked cells and CRLF lines', () => {
    const m = {
      values: [0.5, -Infinity, NaN, 1],
      rows: 2,
      cols: 2,
      mask: Uint8Array.of(0, 1, 0, 0),
    };
    const csv = toCsv(m, { rowLabels: ['the', 'cat'], colLabels: ['a,b', 'c'], corner: 'q \\ k' });
    expect(csv).toBe('q \\ k,"a,b",c\r\nthe,0.5,\r\ncat,NaN,1\r\n');
  });
});
