import type { KindHandler } from './dispatcher';
import type { RunResult } from './displays';
import { executeCode } from './execute';
import { runKind } from './runKind';
import { sandboxGlobals } from './sandboxGlobals';
import { displayBuffers } from './transferables';

/** The worker's side of a plain run: the code with `tf`, `show` and the sandbox globals. */
export const runHandler: KindHandler<Record<string, never>, RunResult> = {
  kind: runKind,
  async handle(code, _params, tf, facts, startup) {
    const outcome = await executeCode(code, tf, sandboxGlobals);
    const answeredAt = performance.timeOrigin + performance.now();
    const phases = outcome.phases && { ...startup, ...outcome.phases, answeredAt };
    return { ...outcome, ...facts, phases };
  },
  transferables: (result) => displayBuffers(result.displays),
};
