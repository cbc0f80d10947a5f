import { describe, expect, it } from 'vitest';
import { renderCoded } from '@/lib/i18n/codedMessages';
import { describeThrown, wallHint } from './thrown';

const format = (value: unknown) => String(value);

describe('describeThrown at the sandbox boundary', () => {
  it('explains the errors of refused storage and network', () => {
    const refused = [
      new DOMException('access to the Indexed Database API is denied', 'SecurityError'),
      new DOMException("Failed to execute 'send' on 'XMLHttpRequest'", 'NetworkError'),
      new TypeError('Failed to fetch'),
    ];
    for (const error of refused) {
      const { message } = describeThrown(error, format);
      expect(message).toContain(error.message);
      expect(message.endsWith(wallHint)).toBe(true);
      const { coded } = describeThrown(error, format);
      expect(coded?.code).toBe('code.run.sandboxWall');
      expect(renderCoded(coded!, 'zh')).toContain('沙箱');
    }
  });

  it('leaves other errors as they are', () => {
    expect(describeThrown(new TypeError('x is not a function'), format).message).toBe(
      'TypeError: x is not a function',
    );
    expect(describeThrown(new Error('Failed to fetch'), format).message).toBe('Failed to fetch');
  });
});
