/**
 * The coding drills, one file each, in the order the practice page lists them. No tfjs import:
 * the page shows the prompt and the starter long before the worker (which grades) loads.
 * Learner code gets `tf`, `show` and `console`, and none of lib/attention, so a drill cannot be
 * passed by calling the reference.
 */
import { additiveAttentionDrill } from './additiveAttention';
import { attentionPoolingDrill } from './attentionPooling';
import { attentionStepsDrill } from './attentionSteps';
import { bidirectionalAttentionDrill } from './bidirectionalAttention';
import { causalAttentionDrill } from './causalAttention';
import { decodeStepDrill } from './decodeStep';
import { channelAttentionDrill } from './channelAttention';
import { f1AndAucDrill } from './f1AndAuc';
import { graphAttentionDrill } from './graphAttention';
import { lstmDrill } from './lstm';
import { maskedSoftmaxDrill } from './maskedSoftmax';
import { multiHeadAttentionDrill } from './multiHeadAttention';
import { onlineSoftmaxDrill } from './onlineSoftmax';
import { rotaryEmbeddingDrill } from './rotaryEmbedding';
import { spatialAttentionDrill } from './spatialAttention';
import { createRng } from './random';
import type { Drill, DrillCase } from './types';

export type { CaseArg, CaseInput, Core, Drill, DrillCase, DrillOutputs } from './types';
export { createRng, type Rng } from './random';

export interface DrillInfo extends Drill {
  /** The function the learner must define: the solution's. */
  functionName: string;
  /** TypeScript starter: the solution's signature with a TODO body. */
  starter: string;
}

/** The solution's signature: `function name(...)` up to the brace that opens its body. */
export function signatureOf(solution: string): { functionName: string; signature: string } {
  const head = /^function (\w+)\(/m.exec(solution);
  if (!head) throw new Error('A drill solution must start with a function declaration');
  const start = head.index;
  let depth = 0;
  let closed = -1;
  for (let i = start + head[0].length - 1; i < solution.length && closed < 0; i++) {
    if (solution[i] === '(') depth++;
    if (solution[i] === ')' && --depth === 0) closed = i;
  }
  // The body opens at the end of the first line after the parameters where what comes before
  // its last `{` is balanced and is not a `:` waiting for an object return type.
  for (let end = solution.indexOf('\n', closed); end >= 0; end = solution.indexOf('\n', end + 1)) {
    const text = solution.slice(closed, end).trimEnd();
    const before = text.slice(0, -1).trimEnd();
    const balanced = count(before, '{') === count(before, '}');
    if (text.endsWith('{') && balanced && !before.endsWith(':')) {
      return { functionName: head[1], signature: solution.slice(start, end).trimEnd() };
    }
  }
  throw new Error(`The solution of ${head[1]} has no body`);
}

const count = (text: string, char: string) => text.split(char).length - 1;

function withStarter(drill: Drill): DrillInfo {
  const { functionName, signature } = signatureOf(drill.solution);
  const starter = `${signature}\n  // TODO: ${drill.todo}\n  throw new Error('not implemented yet');\n}\n`;
  return { ...drill, functionName, starter };
}

export const drills: DrillInfo[] = [
  maskedSoftmaxDrill,
  attentionStepsDrill,
  causalAttentionDrill,
  multiHeadAttentionDrill,
  additiveAttentionDrill,
  attentionPoolingDrill,
  spatialAttentionDrill,
  channelAttentionDrill,
  bidirectionalAttentionDrill,
  graphAttentionDrill,
  f1AndAucDrill,
  lstmDrill,
  rotaryEmbeddingDrill,
  decodeStepDrill,
  onlineSoftmaxDrill,
].map(withStarter);

export function drillById(id: string): DrillInfo | undefined {
  return drills.find((d) => d.id === id);
}

/** Each drill's solution by id, for the tests. */
export const solutions: Readonly<Record<string, string>> = Object.fromEntries(
  drills.map((d) => [d.id, d.solution]),
);

/**
 * The cases for one submission: the visible ones are always the same, the hidden ones follow
 * `seed` (the UI passes Date.now()), so a solution fitted to one set of hidden cases meets others.
 */
export function drillCases(drillId: string, seed: number): DrillCase[] {
  const drill = drillById(drillId);
  if (!drill) throw new Error(`Unknown drill "${drillId}"`);
  return drill.cases(createRng(seed));
}
