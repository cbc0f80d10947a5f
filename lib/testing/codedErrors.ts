import { expect } from 'vitest';
import { codedOf, type CodedMessage } from '@/lib/i18n/codedMessages';

/** The core's message codes a source file names ('code.core.…'). */
export const codesIn = (text: string) =>
  [...text.matchAll(/'(code\.core\.[\w.]+)'/g)].map((m) => m[1]);

/** The error a call throws, coded; fails the test when it throws nothing or an uncoded error. */
export function codedThrownBy(call: () => unknown): CodedMessage {
  try {
    call();
  } catch (error) {
    const coded = codedOf(error);
    expect(coded, String(error)).toBeDefined();
    return coded!;
  }
  throw new Error('expected the call to throw');
}
