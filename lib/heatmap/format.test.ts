import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, formatTick } from './format';

describe('formatNumber', () => {
  it('shows three decimals for ordinary values', () => {
    expect(formatNumber(0.12345)).toBe('0.123');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-12.3456)).toBe('-12.346');
    expect(formatNumber(0)).toBe('0');
  });
  it('uses exponents for tiny and huge values', () => {
    expect(formatNumber(1.5e-7)).toBe('1.50e-7');
    expect(formatNumber(123456)).toBe('1.23e+5');
  });
  it('names non-finite values', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('-∞');
  });
});

describe('formatCell', () => {
  const words = { masked: 'masked', nan: 'NaN!', posInf: '+inf', negInf: '-inf' };
  it('uses the words for special kinds', () => {
    expect(formatCell(-Infinity, 'masked', words)).toBe('masked');
    expect(formatCell(NaN, 'nan', words)).toBe('NaN!');
    expect(formatCell(0.25, 'value', words)).toBe('0.25');
  });
});

describe('formatTick', () => {
  it('reads values that are noise next to the span as 0', () => {
    expect(formatTick(7.19e-5, 2.996)).toBe('0');
    expect(formatTick(0.5, 1)).toBe('0.5');
    expect(formatTick(1e-5, 0)).toBe('1.00e-5');
  });
});
