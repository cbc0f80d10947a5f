import type { Tensor } from '@tensorflow/tfjs-core';
import type { LstmParams } from '@/lib/attention';
import { createRng, params, randomInput, ref, sizes, type Rng } from './random';
import type { Drill, DrillCase } from './types';

const lstmWeights = ['weightIh', 'weightHh', 'biasIh', 'biasHh'];

function lstmCase(rng: Rng, hidden: boolean, [B, T, I, H]: number[]): DrillCase {
  return {
    name: sizes({ B, T, I, H }),
    hidden,
    inputs: [
      randomInput(rng, 'x', [B, T, I]),
      randomInput(rng, 'weightIh', [4 * H, I]),
      randomInput(rng, 'weightHh', [4 * H, H]),
      randomInput(rng, 'biasIh', [4 * H], 0.5),
      randomInput(rng, 'biasHh', [4 * H], 0.5),
    ],
    args: [ref('x'), params(...lstmWeights)],
  };
}

export const lstmDrill: Drill = {
  id: 'lstm',
  questionSlug: 'attention-in-speech-recognition',
  title: { en: 'An LSTM layer, step by step', zh: '逐步实现一层 LSTM' },
  prompt: {
    en: "Implement `lstm(x, params)`, a one-layer LSTM like PyTorch's `nn.LSTM` with `batch_first=True` and a zero initial state: `x [B, T, I]`, `params.weightIh [4H, I]`, `params.weightHh [4H, H]`, `params.biasIh [4H]`, `params.biasHh [4H]`. The gate rows are stacked in the order input, forget, cell (g), output. At each step: `gates = x_t weightIh^T + biasIh + h weightHh^T + biasHh`; `c = sigmoid(f) * c + sigmoid(i) * tanh(g)`; `h = sigmoid(o) * tanh(c)`. Return `{ output [B, T, H], h [B, H], c [B, H] }`, where `output` holds `h` at every step and `h`, `c` are the last step's state.",
    zh: '实现 `lstm(x, params)`：与 PyTorch 的 `nn.LSTM` 一致的单层 LSTM，`batch_first=True`，初始状态为零。`x [B, T, I]`，`params.weightIh [4H, I]`，`params.weightHh [4H, H]`，`params.biasIh [4H]`，`params.biasHh [4H]`。门的行按输入门、遗忘门、候选单元（g）、输出门的顺序堆叠。每一步：`gates = x_t weightIh^T + biasIh + h weightHh^T + biasHh`；`c = sigmoid(f) * c + sigmoid(i) * tanh(g)`；`h = sigmoid(o) * tanh(c)`。返回 `{ output [B, T, H], h [B, H], c [B, H] }`，其中 `output` 是每一步的 `h`，`h` 和 `c` 是最后一步的状态。',
  },
  difficulty: 3,
  todo: 'loop over time; gates i, f, g, o; update c then h; stack the h of every step',
  solution: `function lstm(
  x: tf.Tensor3D,
  params: { weightIh: tf.Tensor2D; weightHh: tf.Tensor2D; biasIh: tf.Tensor1D; biasHh: tf.Tensor1D },
): { output: tf.Tensor; h: tf.Tensor; c: tf.Tensor } {
  return tf.tidy(() => {
    const [B, T, I] = x.shape;
    const H = params.weightHh.shape[1];
    let h: tf.Tensor = tf.zeros([B, H]);
    let c: tf.Tensor = tf.zeros([B, H]);
    const outputs: tf.Tensor[] = [];
    for (let t = 0; t < T; t++) {
      const xt = tf.reshape(tf.slice(x, [0, t, 0], [B, 1, I]), [B, I]);
      const gates = tf.add(
        tf.add(tf.matMul(xt, params.weightIh, false, true), params.biasIh),
        tf.add(tf.matMul(h, params.weightHh, false, true), params.biasHh),
      );
      // PyTorch stacks the gates as input, forget, cell (g), output.
      const [i, f, g, o] = tf.split(gates, 4, 1);
      c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
      h = tf.mul(tf.sigmoid(o), tf.tanh(c));
      outputs.push(h);
    }
    return { output: tf.stack(outputs, 1), h, c };
  });
}
`,
  cases: (rng) => {
    const fixed = createRng(33);
    const any = () => [rng.int(1, 3), rng.int(2, 6), rng.int(1, 4), rng.int(1, 4)];
    return [
      lstmCase(fixed, false, [1, 3, 2, 2]),
      lstmCase(fixed, false, [2, 4, 3, 2]),
      lstmCase(rng, true, any()),
      lstmCase(rng, true, any()),
      // One time step: h and c are the first step's state.
      lstmCase(rng, true, [1, 1, rng.int(1, 3), rng.int(1, 3)]),
    ];
  },
  reference: (_tf, args, core) => {
    const [x, weights] = args as [Tensor, LstmParams];
    return core.lstm(x, weights);
  },
};
