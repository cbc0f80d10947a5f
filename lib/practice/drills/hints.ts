/**
 * Progressive hints for the coding drills: first a nudge (where to look, no code), then the key
 * line of a solution (the one line most learners get wrong, with why), then the whole solution
 * (solutions.ts). Plain data, no tfjs import, like the catalog. Each key line is a line of the
 * drill's solution, word for word: the tests check it.
 */

export interface DrillHints {
  nudge: { en: string; zh: string };
  keyLine: { code: string; why: { en: string; zh: string } };
}

export const drillHints: Readonly<Record<string, DrillHints>> = {
  'masked-softmax': {
    nudge: {
      en: 'A blocked key must get exactly 0 after exp(). Which logit value makes exp() exactly 0? Then think about what keeps exp() from overflowing when logits are in the hundreds.',
      zh: '被屏蔽的键在 exp() 之后必须恰好为 0。什么样的 logit 会让 exp() 恰好为 0？再想想 logits 达到几百时，怎样避免 exp() 溢出。',
    },
    keyLine: {
      code: 'const shifted = tf.sub(masked, tf.max(masked, -1, true));',
      why: {
        en: 'Subtract each row’s maximum (keepDims, so it broadcasts) before exp(): the largest term becomes exp(0) = 1 and nothing overflows.',
        zh: '在 exp() 之前减去每一行的最大值（keepDims 以便广播）：最大的一项变成 exp(0) = 1，不会溢出。',
      },
    },
  },
  'attention-steps': {
    nudge: {
      en: 'Keys are rows of `k`, so the scores need `k` transposed. The scale uses the width `d` of a query, not the number of keys.',
      zh: '键是 `k` 的行，所以分数要用转置后的 `k`。缩放用的是查询的宽度 `d`，而不是键的个数。',
    },
    keyLine: {
      code: 'const scores = tf.matMul(q, k, false, true); // [L, S]',
      why: {
        en: 'matMul’s fourth argument transposes `k` without copying it: `[L, d] x [d, S] = [L, S]`.',
        zh: 'matMul 的第四个参数在不复制的情况下转置 `k`：`[L, d] x [d, S] = [L, S]`。',
      },
    },
  },
  'causal-attention': {
    nudge: {
      en: 'Build the mask from two index ranges, one for queries as a column and one for keys as a row; broadcasting compares every pair.',
      zh: '用两个下标序列构造掩码：查询下标做成一列，键下标做成一行；广播会比较每一对。',
    },
    keyLine: {
      code: 'const blocked = tf.broadcastTo(tf.greater(j, i), scores.shape);',
      why: {
        en: 'Key `j` is blocked for query `i` exactly when `j > i`; with `i` as `[L, 1]` and `j` as `[1, S]` this is right even when `L != S`.',
        zh: '当且仅当 `j > i` 时，键 `j` 对查询 `i` 被屏蔽；`i` 为 `[L, 1]`、`j` 为 `[1, S]`，即使 `L != S` 也正确。',
      },
    },
  },
  'multi-head-attention': {
    nudge: {
      en: 'PyTorch packs the three projections into one `[3E, E]` weight. Each head works on its own slice of the features: reshape, then move the head axis before the sequence axis.',
      zh: 'PyTorch 把三个投影打包成一个 `[3E, E]` 的权重。每个头只处理自己那一段特征：先 reshape，再把头的维度移到序列维度之前。',
    },
    keyLine: {
      code: 'tf.transpose(tf.reshape(x, [B, len, numHeads, headDim]), [0, 2, 1, 3]);',
      why: {
        en: 'Split the last axis into `[numHeads, headDim]`, then transpose to `[B, H, len, headDim]`. Reshaping straight to `[B, H, len, headDim]` would mix positions across heads.',
        zh: '先把最后一维拆成 `[numHeads, headDim]`，再转置为 `[B, H, len, headDim]`。直接 reshape 成 `[B, H, len, headDim]` 会把不同位置混进不同的头。',
      },
    },
  },
  'additive-attention': {
    nudge: {
      en: 'Project every query and every key once. To pair each query with each key, give them shapes `[B, L, 1, h]` and `[B, 1, S, h]` and let addition broadcast.',
      zh: '每个查询和每个键只投影一次。要让每个查询与每个键配对，把它们变成 `[B, L, 1, h]` 和 `[B, 1, S, h]`，让加法去广播。',
    },
    keyLine: {
      code: 'const hidden = tf.tanh(tf.add(tf.reshape(q, [B, L, 1, h]), tf.reshape(k, [B, 1, S, h])));',
      why: {
        en: 'The tanh comes after the sum, not on each projection separately; the score is then `v · hidden` over the last axis.',
        zh: 'tanh 作用在求和之后，而不是分别作用在每个投影上；之后分数是沿最后一维的 `v · hidden`。',
      },
    },
  },
  'attention-pooling': {
    nudge: {
      en: 'One score per time step from a linear layer, padding steps blocked before the softmax over time, then a weighted sum of the hidden states.',
      zh: '用一个线性层给每个时间步一个分数，在沿时间的 softmax 之前屏蔽填充步，再对隐藏状态加权求和。',
    },
    keyLine: {
      code: 'const masked = tf.where(mask, tf.fill([B, T], -Infinity), scores);',
      why: {
        en: 'Padding must be removed before the softmax: zeroing weights afterwards leaves rows that no longer sum to 1.',
        zh: '填充必须在 softmax 之前去掉：事后把权重置零会让每行之和不再是 1。',
      },
    },
  },
  'spatial-attention': {
    nudge: {
      en: 'Pool over channels (mean, then max) into two maps, run one convolution with “same” padding, then a sigmoid. Mind the layouts: tf.conv2d wants NHWC and `[kh, kw, in, out]`.',
      zh: '沿通道做池化（先均值、再最大值）得到两张图，做一次 “same” 填充的卷积，再接 sigmoid。注意布局：tf.conv2d 要求 NHWC 和 `[kh, kw, in, out]`。',
    },
    keyLine: {
      code: 'const filter = tf.transpose(params.weight, [2, 3, 1, 0]) as tf.Tensor4D;',
      why: {
        en: 'PyTorch stores the filter as `[out, in, kh, kw]`; tfjs reads `[kh, kw, in, out]`. Without this transpose the shapes may even fit and the result is still wrong.',
        zh: 'PyTorch 的卷积核存为 `[out, in, kh, kw]`，tfjs 读取 `[kh, kw, in, out]`。少了这次转置，形状有时也能对上，但结果是错的。',
      },
    },
  },
  'channel-attention': {
    nudge: {
      en: 'Squeeze: one average per channel over height and width. Excite: two linear layers (ReLU between, sigmoid after). Then scale each channel by its weight.',
      zh: '压缩：每个通道在高和宽上取一个平均值。激励：两个线性层（中间 ReLU，之后 sigmoid）。最后用各自的权重缩放每个通道。',
    },
    keyLine: {
      code: 'return { output: tf.mul(x, tf.reshape(weights, [N, C, 1, 1])), weights };',
      why: {
        en: 'The weights are `[N, C]`; reshaping to `[N, C, 1, 1]` makes them broadcast over height and width, not over the wrong axes.',
        zh: '权重是 `[N, C]`；reshape 成 `[N, C, 1, 1]` 才会在高和宽上广播，而不是广播到错误的维度。',
      },
    },
  },
  'bidirectional-attention': {
    nudge: {
      en: 'Split the weight in three: `w · [c; q; c∘q]` is a context term, a query term and a cross term. Context-to-query is a softmax over the query words; query-to-context takes the max over query words first.',
      zh: '把权重拆成三段：`w · [c; q; c∘q]` 等于上下文项、查询项和交叉项之和。上下文到查询是在查询词上做 softmax；查询到上下文先在查询词上取最大值。',
    },
    keyLine: {
      code: 'const cross = tf.matMul(tf.mul(context, wcq), query, false, true); // [B, T, J]',
      why: {
        en: 'The elementwise term becomes one matrix product: `(c ∘ w) · q` for every pair, without building a `[B, T, J, 3d]` tensor.',
        zh: '逐元素那一项化为一次矩阵乘法：对每一对计算 `(c ∘ w) · q`，而无需构造 `[B, T, J, 3d]` 的张量。',
      },
    },
  },
  'graph-attention': {
    nudge: {
      en: 'Split the attention vector into a part for the listening node and a part for the neighbour, so the logits are a column plus a row. Only neighbours may compete in the softmax.',
      zh: '把注意力向量拆成接收节点和邻居两部分，这样 logits 就是一列加一行。softmax 中只有邻居参与竞争。',
    },
    keyLine: {
      code: 'const masked = tf.where(adjacency, logits, tf.fill([N, N], -Infinity));',
      why: {
        en: 'Non-neighbours get -Infinity before the softmax (after the LeakyReLU), so their weight is exactly 0.',
        zh: '非邻居在 softmax 之前（LeakyReLU 之后）设为 -Infinity，因此权重恰好为 0。',
      },
    },
  },
  'f1-and-auc': {
    nudge: {
      en: 'F1 needs only true positives, false positives and false negatives. AUC is the chance that a random positive scores above a random negative, ties counting half.',
      zh: 'F1 只需要真阳性、假阳性和假阴性。AUC 是随机一个正例得分高于随机一个负例的概率，平局算一半。',
    },
    keyLine: {
      code: 'for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;',
      why: {
        en: 'Comparing every positive with every negative is the definition of AUC; the half for ties is what the reference (scikit-learn) does.',
        zh: '逐一比较每个正例和每个负例正是 AUC 的定义；平局算一半与参考实现（scikit-learn）一致。',
      },
    },
  },
  lstm: {
    nudge: {
      en: 'One step at a time: both linear maps and both biases add into one `[B, 4H]` tensor of gates, in PyTorch’s order.',
      zh: '一步一步地算：两个线性映射和两个偏置相加，得到一个 `[B, 4H]` 的门张量，顺序与 PyTorch 相同。',
    },
    keyLine: {
      code: 'const [i, f, g, o] = tf.split(gates, 4, 1);',
      why: {
        en: 'PyTorch stacks the gates as input, forget, cell, output. Then `c = σ(f)·c + σ(i)·tanh(g)` and `h = σ(o)·tanh(c)`.',
        zh: 'PyTorch 的门按输入、遗忘、单元、输出的顺序排列。然后 `c = σ(f)·c + σ(i)·tanh(g)`，`h = σ(o)·tanh(c)`。',
      },
    },
  },
  'rotary-embedding': {
    nudge: {
      en: 'Row r is at position offset + r, and pair i turns by that position times its own frequency. Which feature is paired with feature i in this layout, and which sign does each half get when you rotate?',
      zh: '第 r 行位于位置 offset + r，第 i 对转过的角度是这个位置乘以它自己的频率。在这种排布里，特征 i 和哪个特征配对？旋转时两半各带什么符号？',
    },
    keyLine: {
      code: 'const rotated = tf.concat([tf.neg(x2), x1], -1);',
      why: {
        en: 'Rotating the pair (a, b) by θ gives (a cos θ − b sin θ, b cos θ + a sin θ); with a in the first half and b in the second, the sin term needs [−x2, x1], not the pairs of neighbouring features.',
        zh: '把一对 (a, b) 旋转 θ 得到 (a cos θ − b sin θ, b cos θ + a sin θ)；a 在前一半、b 在后一半，所以乘 sin 的一项是 [−x2, x1]，而不是相邻特征两两配对。',
      },
    },
  },
  'decode-step': {
    nudge: {
      en: 'Only the new rows of x need projecting; the cache grows at its end. Then ask where a new token really sits among the keys: not at its index among the new tokens.',
      zh: '只需要对 x 的新行做投影；缓存在末尾增长。然后想想一个新词元在所有键中真正的位置：不是它在新词元中的下标。',
    },
    keyLine: {
      code: 'const i = tf.reshape(tf.range(S - L, S), [L, 1]);',
      why: {
        en: 'After the append there are S keys and the L new tokens are the last L of them, so new token i is at position S − L + i (bottom-right). Counting from 0 (top-left, PyTorch’s is_causal) hides all but the first keys from the new tokens.',
        zh: '追加之后共有 S 个键，L 个新词元是其中最后 L 个，所以第 i 个新词元位于位置 S − L + i（右下对齐）。从 0 开始数（左上对齐，即 PyTorch 的 is_causal）会让新词元只看到最前面的几个键。',
      },
    },
  },
  'online-softmax': {
    nudge: {
      en: 'When a tile brings a larger maximum, the running sum and output were computed with exp(score − old max). What factor turns those terms into exp(score − new max)?',
      zh: '当某一块带来更大的最大值时，当前的和与输出是按 exp(分数 − 旧最大值) 算的。乘上什么因子，才能把这些项变成 exp(分数 − 新最大值)？',
    },
    keyLine: {
      code: 'const rescale = tf.exp(tf.sub(max, newMax));',
      why: {
        en: 'exp(s − m_old) · exp(m_old − m_new) = exp(s − m_new): multiplying the old sum and output by this factor puts every tile on the same footing. Before the first tile m_old is −∞, so the factor is 0 and the empty start drops out.',
        zh: 'exp(s − m_old) · exp(m_old − m_new) = exp(s − m_new)：把旧的和与输出乘上这个因子，所有块就在同一个基准上。第一块之前 m_old 为 −∞，因子为 0，空的初始值自然消失。',
      },
    },
  },
};
