import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every page shows the due count, so the hook and the summaries must not load ts-fsrs, zod or
 * idb-keyval up front: the store comes later through import(). This follows the static
 * (non-type) imports from a file and lists the packages they reach.
 */
function packagesReached(entry: string): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [path.resolve(__dirname, entry)];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, typeOnly, target] of source.matchAll(
      /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm,
    )) {
      if (typeOnly) continue;
      if (target.startsWith('.')) pending.push(path.resolve(path.dirname(file), `${target}.ts`));
      else packages.add(target);
    }
  }
  return [...packages].sort();
}

// The progress schemas use zod's small build, with its English messages.
const zod = ['zod/mini', 'zod/v4/locales/en.js'];

describe('cheap modules stay cheap', () => {
  it.each(['useProgress.ts', 'summary.ts', 'progressSource.ts', 'keys.ts', 'visits.ts'])(
    '%s loads only React',
    (file) => {
      expect(packagesReached(file).filter((p) => p !== 'react')).toEqual([]);
    },
  );

  it.each(['dueReader.ts', 'visitWriter.ts'])('%s needs neither zod nor ts-fsrs', (file) => {
    expect(packagesReached(file)).toEqual(['idb-keyval']);
  });

  it('the store opens without zod or ts-fsrs (checks load with the first stored record or save)', () => {
    expect(packagesReached('store.ts')).toEqual(['idb-keyval']);
  });

  it('the check itself sees heavy imports where they are', () => {
    expect(packagesReached('transfer.ts')).toEqual(['ts-fsrs', ...zod]);
    expect(packagesReached('envelope.ts')).toEqual(zod);
  });
});
