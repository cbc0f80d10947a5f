import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { headersFile, pagePatterns } from '../../scripts/postbuild/headers.mjs';
// @ts-expect-error: a plain .mjs build script without type declarations
import { pagePolicy, sandboxPolicy, workerPolicy } from '../../scripts/postbuild/policy.mjs';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the Content Security Policy tables', () => {
  it('pages evaluate nothing; only /diagnostics/ compiles WebAssembly', () => {
    const page = pagePolicy(['abc='], '/questions/self-attention/index.html');
    expect(directive(page, 'script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(directive(page, 'frame-src')).toEqual(["'self'"]);
    const diagnostics = pagePolicy([], '/diagnostics/index.html');
    expect(directive(diagnostics, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directive(workerPolicy(), 'script-src')).toEqual(["'self'"]);
  });

  it('the sandbox reaches no URL: no network but blob:, no script by address, data: workers', () => {
    const policy = sandboxPolicy(['xyz=']);
    expect(directive(policy, 'default-src')).toEqual(["'none'"]);
    expect(directive(policy, 'connect-src')).toEqual(['blob:']);
    expect(directive(policy, 'worker-src')).toEqual(['data:']);
    expect(directive(policy, 'script-src')).toEqual([
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      "'sha256-xyz='",
    ]);
    expect(policy).not.toContain("'self'");
  });

  it('the sandbox folder has its own header rule and no page rule over it', () => {
    const html = ['/index.html', '/playground/index.html', '/sandbox/index.html'];
    expect(pagePatterns(html)).toEqual(['/', '/index.html', '/playground/*']);
    const file: string = headersFile(html, ['xyz=']);
    const sandboxRules = file.split('\n').filter((line) => line.startsWith('/sandbox'));
    expect(sandboxRules).toEqual(['/sandbox/*']);
    const rule = file.slice(file.indexOf('/sandbox/*'));
    expect(rule).toContain("sandbox allow-scripts; frame-ancestors 'self'");
  });
});
