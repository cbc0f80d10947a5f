// The globals learner code sees (lib/runtime runs it as the body of an async function with
// these in scope), written as declarations for the editor, in two files by context:
// - everywhere (a page's runner and a drill): `tf` and `show`;
// - only in a page's runners: the attention core and the lesson models (sandboxGlobals.ts);
//   a drill's code runs without them (lib/practice/grading/grader.ts), so the drill editor
//   leaves that file out (components/editor/editorTypes.ts).
// `show` is written by hand for its docs; verify.mjs fails the build (and
// components/editor/editorTypes.test.ts the tests) when it drifts from lib/runtime/show.ts.

/** Editor paths of the two files; components/editor/editorTypes.ts names the same paths. */
export const globalsPath = '/sandbox/globals.d.ts';
export const lessonGlobalsPath = '/sandbox/lessonGlobals.d.ts';

/** The names the lessons rely on; a missing one is reported (the build goes on). */
export const expectedAttentionGlobals = [
  'scaledDotProductAttention',
  'attentionSteps',
  'multiHeadAttention',
  'additiveAttention',
  'lstm',
  'attentionPooling',
  'spatialAttention',
  'channelAttention',
  'biDirectionalAttention',
  'graphAttention',
  'classificationMetrics',
  'attentionMask',
  'rotaryEmbedding',
  'groupedQueryAttention',
  'flashAttention',
  'linearAttention',
  'transformerBlock',
];

export const showDeclaration = `type Values = tfc.Tensor | number[] | number[][] | number[][][];

/** Draws results under the code. Data is copied at once: tensors may be disposed right after. */
interface Show {
  /**
   * Draws a heatmap of a vector [N], a matrix [L, S] or one per head [H, L, S].
   * @param values a tensor or nested arrays
   * @param opts rows/cols label the axes' ticks, rowAxis/colAxis name the axes, heads names
   *   each head (or frame, passage, ...: sliceAxis says which, for the selector's label);
   *   mask (true = blocked) greys out cells and broadcasts like the attention masks
   * @example show.heatmap(weights, { rows: tokens, cols: tokens, title: 'weights' })
   */
  heatmap(
    values: Values,
    opts?: {
      rows?: string[];
      cols?: string[];
      title?: string;
      rowAxis?: string;
      colAxis?: string;
      heads?: string[];
      sliceAxis?: 'head' | 'frame' | 'passage' | 'user' | 'patch' | 'depth';
      mask?: tfc.Tensor | boolean[][] | number[][];
    },
  ): void;
  /**
   * Shows each step of scaled dot-product attention side by side: scores, scaled, masked,
   * softmax weights and output (the first matrix of any batch).
   * @example show.steps(attentionSteps(q, k, v), { rows: tokens, cols: tokens })
   */
  steps(
    steps: {
      scores: tfc.Tensor;
      scaled: tfc.Tensor;
      masked: tfc.Tensor;
      weights: tfc.Tensor;
      output: tfc.Tensor;
    },
    opts?: { rows?: string[]; cols?: string[]; title?: string },
  ): void;
  /**
   * Draws one or more series as lines; a record draws one line per key.
   * @example show.line({ train: losses, test: testLosses }, { xLabel: 'epoch' })
   */
  line(
    series: Record<string, number[] | tfc.Tensor> | number[] | tfc.Tensor,
    opts?: { title?: string; x?: number[]; xLabel?: string; yLabel?: string },
  ): void;
  /**
   * Shows a table from rows of cells, or from records (columns default to the first one's keys).
   * @example show.table([{ metric: 'f1', value: 0.8 }])
   */
  table(
    rows: (string | number)[][] | Record<string, string | number>[],
    opts?: { title?: string; columns?: string[] },
  ): void;
}
`;

/**
 * `tf` is declared as an alias of the module (`export import tf = tfc`) rather than as
 * `const tf`, so learner code can write both `tf.matMul(a, b)` and `q: tf.Tensor2D`. (A UMD
 * global, `export as namespace tf`, would too, but earns a "refers to a UMD global" hint in
 * files that are modules, which every runner's file is.)
 * @param {{ name: string, doc: string }[]} attentionExports value exports of lib/attention
 * @param {{ name: string, doc: string }[]} modelExports value exports of lib/models (also globals)
 * @returns {Record<string, string>} virtual path -> content
 */
export function globalsFiles(attentionExports, modelExports = []) {
  const fns = [
    ...attentionExports.map(({ name, doc }) => `${doc}const ${name}: typeof attention.${name};`),
    ...modelExports.map(({ name, doc }) => `${doc}const ${name}: typeof models.${name};`),
  ]
    .join('\n')
    .replace(/^/gm, '  ');
  const globals = `import * as tfc from '@tensorflow/tfjs-core';

${showDeclaration}
declare global {
  /** TensorFlow.js core: tensors, ops (tf.tensor2d, tf.matMul, tf.softmax, ...) and their types. */
  export import tf = tfc;
  /** Draws heatmaps, attention steps, lines and tables under the code. */
  const show: Show;
}
export {};
`;
  const lessonGlobals = `import type * as attention from '../lib/attention/index';
import type * as models from '../lib/models/index';

declare global {
${fns}
}
export {};
`;
  return { [globalsPath]: globals, [lessonGlobalsPath]: lessonGlobals };
}
