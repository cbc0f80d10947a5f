import { describe, expect, it } from 'vitest';
import { isLabLink } from './labLink';

describe('isLabLink', () => {
  it('accepts the lab, with or without settings the lab takes', () => {
    expect(isLabLink('/lab/', '/lab/')).toBe(true);
    expect(isLabLink('/lab/?t=shift&p=rope', '/lab/')).toBe(true);
    expect(isLabLink('/zh/lab/?l=2', '/zh/lab/')).toBe(true);
  });

  it('refuses other pages, unknown values and settings that do not fit together', () => {
    expect(isLabLink('/labs/', '/lab/')).toBe(false);
    expect(isLabLink('/lab/?l=9', '/lab/')).toBe(false);
    expect(isLabLink('/lab/?p=spiral', '/lab/')).toBe(false);
    // Three heads do not divide the default width 32.
    expect(isLabLink('/lab/?h=3', '/lab/')).toBe(false);
  });
});
