/**
 * The coding drills as plain data, for the practice pages. No tfjs import: the page shows the
 * prompt and the starter long before the worker (which holds cases.ts and the grader) loads.
 * Learner code gets `tf` (tfjs-core) and `console`, and none of lib/attention, so a drill cannot
 * be passed by calling the reference.
 */

export interface DrillInfo {
  id: string;
  /** The question page the drill belongs to (content/questions). */
  questionSlug: string;
  title: { en: string; zh: string };
  /** What to implement: signature, shapes, layout. Plain text; `code` may be used. */
  prompt: { en: string; zh: string };
  /** The function the learner must define. */
  functionName: string;
  /** TypeScript starter: the signature with typed params and a TODO body. */
  starter: string;
  difficulty: 1 | 2 | 3;
}

const todo = "  throw new Error('not implemented yet');";

export const drills: DrillInfo[] = [
  {
    id: 'masked-softmax',
    questionSlug: 'attention-basics',
    title: { en: 'Masked softmax', zh: '带掩码的 softmax' },
    prompt: {
      en: 'Implement `maskedSoftmax(logits, mask)`. `logits` is float32 `[B, L, S]`; `mask` is bool `[B, L, S]` where `true` means the key is blocked. Return the softmax over the last axis in which every blocked key gets weight exactly 0. Every row has at least one open key. Logits may be in the hundreds: keep it numerically stable.',
      zh: '实现 `maskedSoftmax(logits, mask)`。`logits` 是 float32 的 `[B, L, S]`；`mask` 是 bool 的 `[B, L, S]`，`true` 表示该键被屏蔽。沿最后一维做 softmax，被屏蔽的键权重必须恰好为 0。每一行至少有一个未屏蔽的键。logits 可能达到几百，要保证数值稳定。',
    },
    functionName: 'maskedSoftmax',
    starter: `function maskedSoftmax(logits: tf.Tensor, mask: tf.Tensor): tf.Tensor {
  // TODO: blocked logits -> -Infinity, then a softmax over the last axis
${todo}
}
`,
    difficulty: 1,
  },
  {
    id: 'attention-steps',
    questionSlug: 'self-attention',
    title: { en: 'The steps of attention', zh: '注意力的每一步' },
    prompt: {
      en: 'Implement `attentionSteps(q, k, v, mask)` for one sequence: `q [L, d]`, `k [S, d]`, `v [S, dv]`, `mask` bool `[L, S]` (`true` = blocked). Return `{ scores, scaled, masked, weights, output }`: `scores = q k^T` `[L, S]`; `scaled = scores / sqrt(d)`; `masked` is `scaled` with blocked entries set to `-Infinity`; `weights` is the softmax of `masked` over keys; `output = weights v` `[L, dv]`.',
      zh: '对单个序列实现 `attentionSteps(q, k, v, mask)`：`q [L, d]`，`k [S, d]`，`v [S, dv]`，`mask` 为 bool 的 `[L, S]`（`true` 表示屏蔽）。返回 `{ scores, scaled, masked, weights, output }`：`scores = q k^T`，形状 `[L, S]`；`scaled = scores / sqrt(d)`；`masked` 是把被屏蔽位置设为 `-Infinity` 后的 `scaled`；`weights` 是 `masked` 沿键维的 softmax；`output = weights v`，形状 `[L, dv]`。',
    },
    functionName: 'attentionSteps',
    starter: `function attentionSteps(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  mask: tf.Tensor,
): { scores: tf.Tensor; scaled: tf.Tensor; masked: tf.Tensor; weights: tf.Tensor; output: tf.Tensor } {
  // TODO: scores, scaled, masked, weights, output, in that order
${todo}
}
`,
    difficulty: 1,
  },
  {
    id: 'causal-attention',
    questionSlug: 'attention-in-text-generation',
    title: { en: 'Causal scaled dot-product attention', zh: '因果缩放点积注意力' },
    prompt: {
      en: "Implement `causalAttention(q, k, v)` with `q [B, L, d]`, `k [B, S, d]`, `v [B, S, dv]`. Query `i` may attend to key `j` only when `j <= i` (top-left aligned, as PyTorch's `is_causal`, also when `L != S`). Scale the scores by `1/sqrt(d)`. Return `{ output, weights }` with `output [B, L, dv]` and `weights [B, L, S]`.",
      zh: '实现 `causalAttention(q, k, v)`，其中 `q [B, L, d]`，`k [B, S, d]`，`v [B, S, dv]`。查询 `i` 只能关注满足 `j <= i` 的键 `j`（与 PyTorch 的 `is_causal` 一样左上角对齐，`L != S` 时也如此）。分数乘以 `1/sqrt(d)`。返回 `{ output, weights }`，`output` 形状为 `[B, L, dv]`，`weights` 形状为 `[B, L, S]`。',
    },
    functionName: 'causalAttention',
    starter: `function causalAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
): { output: tf.Tensor; weights: tf.Tensor } {
  // TODO: scores q k^T / sqrt(d), block key j > query i, softmax over keys, weights v
${todo}
}
`,
    difficulty: 2,
  },
  {
    id: 'multi-head-attention',
    questionSlug: 'multi-head-attention',
    title: { en: 'Multi-head attention from packed weights', zh: '用打包的投影权重实现多头注意力' },
    prompt: {
      en: "Implement `multiHeadAttention(query, key, value, params, numHeads)` like PyTorch's `nn.MultiheadAttention` with `batch_first=True`: `query [B, L, E]`, `key` and `value [B, S, E]`. `params.inProjWeight [3E, E]` stacks the q, k and v projections by rows, `params.inProjBias [3E]` likewise; `params.outProjWeight [E, E]`, `params.outProjBias [E]`. A Linear layer computes `x W^T + b`. Split E into `numHeads` heads of `E / numHeads` features, attend in each head with scale `1/sqrt(E / numHeads)`, concatenate the heads and apply the output projection. Return `{ output [B, L, E], weights [B, H, L, S] }` (one weight matrix per head, not averaged).",
      zh: '仿照 PyTorch 的 `nn.MultiheadAttention`（`batch_first=True`）实现 `multiHeadAttention(query, key, value, params, numHeads)`：`query [B, L, E]`，`key` 和 `value` 为 `[B, S, E]`。`params.inProjWeight [3E, E]` 按行依次堆叠 q、k、v 三个投影，`params.inProjBias [3E]` 同理；另有 `params.outProjWeight [E, E]` 和 `params.outProjBias [E]`。线性层计算 `x W^T + b`。把 E 拆成 `numHeads` 个头，每头 `E / numHeads` 维，在每个头内用缩放因子 `1/sqrt(E / numHeads)` 计算注意力，再拼接各头并做输出投影。返回 `{ output [B, L, E], weights [B, H, L, S] }`（每个头一张权重矩阵，不取平均）。',
    },
    functionName: 'multiHeadAttention',
    starter: `function multiHeadAttention(
  query: tf.Tensor,
  key: tf.Tensor,
  value: tf.Tensor,
  params: {
    inProjWeight: tf.Tensor;
    inProjBias: tf.Tensor;
    outProjWeight: tf.Tensor;
    outProjBias: tf.Tensor;
  },
  numHeads: number,
): { output: tf.Tensor; weights: tf.Tensor } {
  // TODO: split the packed weights, project, split heads, attend, merge heads, project out
${todo}
}
`,
    difficulty: 3,
  },
  {
    id: 'additive-attention',
    questionSlug: 'attention-in-machine-translation',
    title: { en: 'Additive (Bahdanau) attention', zh: '加性（Bahdanau）注意力' },
    prompt: {
      en: 'Implement `additiveAttention(query, keys, values, params)` with `query [B, L, dq]`, `keys [B, S, dk]`, `values [B, S, dv]`, `params.wq [h, dq]`, `params.wk [h, dk]`, `params.v [h]` (no biases). The score of query `i` and key `j` is `v . tanh(wq q_i + wk k_j)`; the weights are the softmax of the scores over the keys. Return `{ output [B, L, dv], weights [B, L, S] }`.',
      zh: '实现 `additiveAttention(query, keys, values, params)`，其中 `query [B, L, dq]`，`keys [B, S, dk]`，`values [B, S, dv]`，`params.wq [h, dq]`，`params.wk [h, dk]`，`params.v [h]`（没有偏置）。查询 `i` 与键 `j` 的分数为 `v . tanh(wq q_i + wk k_j)`，权重是分数沿键维的 softmax。返回 `{ output [B, L, dv], weights [B, L, S] }`。',
    },
    functionName: 'additiveAttention',
    starter: `function additiveAttention(
  query: tf.Tensor,
  keys: tf.Tensor,
  values: tf.Tensor,
  params: { wq: tf.Tensor; wk: tf.Tensor; v: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  // TODO: project queries and keys, pair every query with every key, tanh, dot with v, softmax
${todo}
}
`,
    difficulty: 2,
  },
  {
    id: 'attention-pooling',
    questionSlug: 'attention-in-text-classification',
    title: { en: 'Attention pooling over padded sequences', zh: '对含填充的序列做注意力池化' },
    prompt: {
      en: 'Implement `attentionPooling(hidden, mask, params)` with `hidden [B, T, H]`, `mask` bool `[B, T]` (`true` = padding step) and a scorer `params.weight [1, H]`, `params.bias [1]`: the score of step `t` is `hidden_t . weight + bias`. Padding steps get weight exactly 0; each sequence has at least one real step. Return `{ context [B, H], weights [B, T] }`, where `context` is the weighted sum of `hidden` over time.',
      zh: '实现 `attentionPooling(hidden, mask, params)`，其中 `hidden [B, T, H]`，`mask` 为 bool 的 `[B, T]`（`true` 表示填充步），打分器为 `params.weight [1, H]` 和 `params.bias [1]`：第 `t` 步的分数是 `hidden_t . weight + bias`。填充步的权重必须恰好为 0；每个序列至少有一个真实步。返回 `{ context [B, H], weights [B, T] }`，其中 `context` 是 `hidden` 沿时间的加权和。',
    },
    functionName: 'attentionPooling',
    starter: `function attentionPooling(
  hidden: tf.Tensor,
  mask: tf.Tensor,
  params: { weight: tf.Tensor; bias: tf.Tensor },
): { context: tf.Tensor; weights: tf.Tensor } {
  // TODO: one score per step, block the padding, softmax over time, weighted sum
${todo}
}
`,
    difficulty: 2,
  },
  {
    id: 'spatial-attention',
    questionSlug: 'attention-in-image-recognition',
    title: { en: 'CBAM spatial attention', zh: 'CBAM 空间注意力' },
    prompt: {
      en: 'Implement `spatialAttention(x, params)` from CBAM with `x [N, C, H, W]` (NCHW, as PyTorch) and a Conv2d(2, 1, k) given as `params.weight [1, 2, k, k]` (`[out, in, kh, kw]`) and `params.bias [1]`. Pool over channels into two maps, the mean first and the max second, convolve them with stride 1 and zero padding `(k - 1) / 2` (k is odd) so H and W stay the same, and apply a sigmoid. Return `{ output [N, C, H, W], weights [N, 1, H, W] }` with `output = x * weights`. Note: `tf.conv2d` expects NHWC input and a `[kh, kw, in, out]` filter.',
      zh: '实现 CBAM 中的 `spatialAttention(x, params)`：`x [N, C, H, W]`（与 PyTorch 一样是 NCHW），卷积层 Conv2d(2, 1, k) 由 `params.weight [1, 2, k, k]`（`[out, in, kh, kw]`）和 `params.bias [1]` 给出。沿通道做两种池化得到两张图，先均值后最大值；以步长 1、零填充 `(k - 1) / 2`（k 为奇数）卷积，使 H、W 保持不变，再经过 sigmoid。返回 `{ output [N, C, H, W], weights [N, 1, H, W] }`，其中 `output = x * weights`。注意：`tf.conv2d` 的输入是 NHWC，卷积核是 `[kh, kw, in, out]`。',
    },
    functionName: 'spatialAttention',
    starter: `function spatialAttention(
  x: tf.Tensor,
  params: { weight: tf.Tensor; bias: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  // TODO: [mean over C, max over C] -> conv k x k ('same' size) -> sigmoid -> x * weights
${todo}
}
`,
    difficulty: 3,
  },
  {
    id: 'channel-attention',
    questionSlug: 'attention-in-image-classification',
    title: { en: 'Squeeze-and-excitation channel attention', zh: 'SE 通道注意力' },
    prompt: {
      en: 'Implement `channelAttention(x, params)` (squeeze-and-excitation) with `x [N, C, H, W]` and two Linear layers: `params.fc1Weight [C/r, C]`, `params.fc1Bias [C/r]`, `params.fc2Weight [C, C/r]`, `params.fc2Bias [C]` (a Linear computes `x W^T + b`). Average over H and W, then fc1, ReLU, fc2, sigmoid. Return `{ output [N, C, H, W], weights [N, C] }`, where `output` is `x` with each channel scaled by its weight.',
      zh: '实现 SE（squeeze-and-excitation）结构的 `channelAttention(x, params)`：`x [N, C, H, W]`，两个线性层为 `params.fc1Weight [C/r, C]`、`params.fc1Bias [C/r]`、`params.fc2Weight [C, C/r]`、`params.fc2Bias [C]`（线性层计算 `x W^T + b`）。先在 H、W 上取平均，再依次经过 fc1、ReLU、fc2、sigmoid。返回 `{ output [N, C, H, W], weights [N, C] }`，`output` 是将 `x` 的每个通道乘以对应权重的结果。',
    },
    functionName: 'channelAttention',
    starter: `function channelAttention(
  x: tf.Tensor,
  params: { fc1Weight: tf.Tensor; fc1Bias: tf.Tensor; fc2Weight: tf.Tensor; fc2Bias: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  // TODO: squeeze (average pool), excite (fc, relu, fc, sigmoid), rescale the channels
${todo}
}
`,
    difficulty: 2,
  },
  {
    id: 'bidirectional-attention',
    questionSlug: 'attention-in-question-answering',
    title: { en: 'BiDAF attention flow', zh: 'BiDAF 双向注意力流' },
    prompt: {
      en: "Implement `biDirectionalAttention(context, query, params)` from BiDAF with `context [B, T, d]`, `query [B, J, d]` and `params.weight [3d]`. The similarity of context word `t` and query word `j` is `weight . [c_t; q_j; c_t * q_j]` (concatenation, `*` elementwise). Context-to-query: softmax of each similarity row over `j`, times `query`. Query-to-context: softmax over `t` of each row's maximum, used to average `context`, then tiled to every `t`. Return `{ similarity [B, T, J], c2q [B, T, d], q2c [B, T, d] }`.",
      zh: '实现 BiDAF 中的 `biDirectionalAttention(context, query, params)`：`context [B, T, d]`，`query [B, J, d]`，`params.weight [3d]`。上下文词 `t` 与问题词 `j` 的相似度为 `weight . [c_t; q_j; c_t * q_j]`（`;` 表示拼接，`*` 表示逐元素相乘）。上下文到问题：对相似度的每一行沿 `j` 做 softmax，再乘以 `query`。问题到上下文：取每行的最大值，沿 `t` 做 softmax，用它对 `context` 加权平均，再复制到每个 `t`。返回 `{ similarity [B, T, J], c2q [B, T, d], q2c [B, T, d] }`。',
    },
    functionName: 'biDirectionalAttention',
    starter: `function biDirectionalAttention(
  context: tf.Tensor,
  query: tf.Tensor,
  params: { weight: tf.Tensor },
): { similarity: tf.Tensor; c2q: tf.Tensor; q2c: tf.Tensor } {
  // TODO: trilinear similarity, then context-to-query and query-to-context attention
${todo}
}
`,
    difficulty: 3,
  },
  {
    id: 'graph-attention',
    questionSlug: 'attention-in-knowledge-graphs',
    title: { en: 'Graph attention (one GAT head)', zh: '图注意力（单头 GAT）' },
    prompt: {
      en: "Implement `graphAttention(h, adjacency, params)` for one GAT head: `h [N, F]`, `adjacency` bool `[N, N]` where row `i` marks the nodes `j` that node `i` listens to (use it as given, no self-loops added; every row has at least one `true`), `params.weight [F', F]`, `params.attSrc [F']`, `params.attDst [F']`. With `Wh = h weight^T`, the logit is `e_ij = LeakyReLU(attDst . Wh_i + attSrc . Wh_j)` with negative slope 0.2, and the weights are the softmax of `e_ij` over the neighbours `j` of `i` (0 elsewhere). Return `{ output [N, F'], weights [N, N] }` with `output = weights Wh`.",
      zh: "实现单头 GAT 的 `graphAttention(h, adjacency, params)`：`h [N, F]`；`adjacency` 为 bool 的 `[N, N]`，第 `i` 行标出节点 `i` 接收信息的节点 `j`（按原样使用，不要另加自环；每行至少有一个 `true`）；`params.weight [F', F]`，`params.attSrc [F']`，`params.attDst [F']`。令 `Wh = h weight^T`，logit 为 `e_ij = LeakyReLU(attDst . Wh_i + attSrc . Wh_j)`，负斜率 0.2；权重是 `e_ij` 在 `i` 的邻居 `j` 上的 softmax（非邻居为 0）。返回 `{ output [N, F'], weights [N, N] }`，其中 `output = weights Wh`。",
    },
    functionName: 'graphAttention',
    starter: `function graphAttention(
  h: tf.Tensor,
  adjacency: tf.Tensor,
  params: { weight: tf.Tensor; attSrc: tf.Tensor; attDst: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  // TODO: Wh, the logits e_ij, LeakyReLU, softmax over each node's neighbours, weights Wh
${todo}
}
`,
    difficulty: 3,
  },
  {
    id: 'f1-and-auc',
    questionSlug: 'evaluating-attention-models',
    title: { en: 'F1 score and ROC AUC', zh: 'F1 分数与 ROC AUC' },
    prompt: {
      en: "Implement `f1AndAuc(yTrue, yPred, scores)` on plain arrays: `yTrue` and `yPred` hold 0/1 labels, `scores` the predicted probabilities in [0, 1], all of the same length; `yTrue` has both classes. F1 is `2 tp / (2 tp + fp + fn)` (0 when that denominator is 0). ROC AUC is the share of (positive, negative) pairs in which the positive has the higher score, a tie counting one half, as scikit-learn's `roc_auc_score`. Return `{ f1, auc }` as numbers.",
      zh: '在普通数组上实现 `f1AndAuc(yTrue, yPred, scores)`：`yTrue` 和 `yPred` 是 0/1 标签，`scores` 是 [0, 1] 内的预测概率，三者长度相同；`yTrue` 中两个类别都存在。F1 为 `2 tp / (2 tp + fp + fn)`（分母为 0 时取 0）。ROC AUC 是所有（正例, 负例）对中正例得分更高的比例，得分相同的对记 0.5，与 scikit-learn 的 `roc_auc_score` 一致。以数字形式返回 `{ f1, auc }`。',
    },
    functionName: 'f1AndAuc',
    starter: `function f1AndAuc(
  yTrue: number[],
  yPred: number[],
  scores: number[],
): { f1: number; auc: number } {
  // TODO: count tp, fp, fn for F1; compare every (positive, negative) pair for the AUC
${todo}
}
`,
    difficulty: 1,
  },
  {
    id: 'lstm',
    questionSlug: 'attention-in-speech-recognition',
    title: { en: 'An LSTM layer, step by step', zh: '逐步实现一层 LSTM' },
    prompt: {
      en: "Implement `lstm(x, params)`, a one-layer LSTM like PyTorch's `nn.LSTM` with `batch_first=True` and a zero initial state: `x [B, T, I]`, `params.weightIh [4H, I]`, `params.weightHh [4H, H]`, `params.biasIh [4H]`, `params.biasHh [4H]`. The gate rows are stacked in the order input, forget, cell (g), output. At each step: `gates = x_t weightIh^T + biasIh + h weightHh^T + biasHh`; `c = sigmoid(f) * c + sigmoid(i) * tanh(g)`; `h = sigmoid(o) * tanh(c)`. Return `{ output [B, T, H], h [B, H], c [B, H] }`, where `output` holds `h` at every step and `h`, `c` are the last step's state.",
      zh: '实现 `lstm(x, params)`：与 PyTorch 的 `nn.LSTM` 一致的单层 LSTM，`batch_first=True`，初始状态为零。`x [B, T, I]`，`params.weightIh [4H, I]`，`params.weightHh [4H, H]`，`params.biasIh [4H]`，`params.biasHh [4H]`。门的行按输入门、遗忘门、候选单元（g）、输出门的顺序堆叠。每一步：`gates = x_t weightIh^T + biasIh + h weightHh^T + biasHh`；`c = sigmoid(f) * c + sigmoid(i) * tanh(g)`；`h = sigmoid(o) * tanh(c)`。返回 `{ output [B, T, H], h [B, H], c [B, H] }`，其中 `output` 是每一步的 `h`，`h` 和 `c` 是最后一步的状态。',
    },
    functionName: 'lstm',
    starter: `function lstm(
  x: tf.Tensor,
  params: { weightIh: tf.Tensor; weightHh: tf.Tensor; biasIh: tf.Tensor; biasHh: tf.Tensor },
): { output: tf.Tensor; h: tf.Tensor; c: tf.Tensor } {
  // TODO: loop over time; gates i, f, g, o; update c then h; stack the h of every step
${todo}
}
`,
    difficulty: 3,
  },
];

export function drillById(id: string): DrillInfo | undefined {
  return drills.find((d) => d.id === id);
}
