import { transform } from 'sucrase';
import { CodedError, type CodedMessage } from '@/lib/i18n/codedMessages';
import type { CodeLocation } from './displays';

export class CodeSyntaxError extends CodedError {
  constructor(
    coded: CodedMessage,
    readonly location?: CodeLocation,
  ) {
    super(coded);
  }
}

/**
 * Strips TypeScript types from learner code. Sucrase keeps every line where it was, so a line
 * number in a runtime error is a line number in what the learner wrote.
 */
export function transpile(source: string): string {
  if (/^\s*(import|export)\s/m.test(source)) {
    throw new CodeSyntaxError(
      { code: 'code.run.importExport' },
      lineOf(source, /^\s*(import|export)\s/m),
    );
  }
  try {
    return transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = error instanceof Error ? error.message : String(error);
    throw new CodeSyntaxError(
      { code: 'code.run.syntax', params: { detail: message.replace(/\s*\(\d+:\d+\)$/, '') } },
      loc ? { line: loc.line, column: loc.column } : undefined,
    );
  }
}

function lineOf(source: string, pattern: RegExp): CodeLocation | undefined {
  const index = source.search(pattern);
  if (index < 0) return undefined;
  const before = source.slice(0, index + (source.slice(index).match(/^\s*/)?.[0].length ?? 0));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
