import { describe, expect, it } from 'vitest';
import { cacheName, isImmutable, lookupPage } from './sw';

const files = {
  '/index.html': 'a',
  '/404.html': 'b',
  '/questions/attention-basics/index.html': 'c',
  '/_next/static/chunks/x.js': 'd',
};

describe('lookupPage', () => {
  it('maps folders to their index.html', () => {
    expect(lookupPage('/', files)).toEqual({ kind: 'page', key: '/index.html' });
    expect(lookupPage('/questions/attention-basics/', files)).toEqual({
      kind: 'page',
      key: '/questions/attention-basics/index.html',
    });
  });

  it('redirects a folder without its trailing slash', () => {
    expect(lookupPage('/questions/attention-basics', files)).toEqual({
      kind: 'redirect',
      to: '/questions/attention-basics/',
    });
  });

  it('answers an exact file and falls back to 404.html', () => {
    expect(lookupPage('/404.html', files)).toEqual({ kind: 'page', key: '/404.html' });
    expect(lookupPage('/no/such/page/', files)).toEqual({ kind: 'missing', key: '/404.html' });
  });
});

describe('cache rules', () => {
  it('names the cache after the build and trusts only hashed files', () => {
    expect(cacheName({ version: 'v1', files })).toBe('atlas-v1');
    expect(isImmutable('/_next/static/chunks/x.js')).toBe(true);
    expect(isImmutable('/tfjs-wasm/tfjs-backend-wasm-simd.wasm')).toBe(false);
    expect(isImmutable('/sandbox/runner.0123456789ab.js')).toBe(true);
    expect(isImmutable('/sandbox/names.json')).toBe(false);
    expect(isImmutable('/index.html')).toBe(false);
  });
});

describe('revisionOf (the service worker checks cached bytes against the build manifest)', () => {
  it('matches the hash scripts/postbuild/sw.mjs writes, computed here with node:crypto', async () => {
    const { createHash } = await import('node:crypto');
    const { revisionOf, isIntact } = await import('./sw');
    const bytes = new TextEncoder().encode('console.log("chunk");\n');
    const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    expect(await revisionOf(bytes.buffer)).toBe(expected);
    expect(await isIntact(new Response(bytes), expected)).toBe(true);
    const poisoned = new TextEncoder().encode('alert(1);\nconsole.log("chunk");\n');
    expect(await isIntact(new Response(poisoned), expected)).toBe(false);
  });
});
