/**
 * One clean solution per drill, written as a learner would (only `tf` in scope). The practice UI
 * offers them after a pass; the tests grade each one on several seeds. Plain strings, no tfjs
 * import, so the page can load them without the worker.
 */
export const solutions: Readonly<Record<string, string>> = {
  'masked-softmax': `function maskedSoftmax(logits: tf.Tensor, mask: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    // Blocked logits become -Infinity, so exp() turns them into exactly 0.
    const masked = tf.where(mask, tf.fill(logits.shape, -Infinity), logits);
    // Subtracting each row's maximum keeps exp() <= 1, however large the logits are.
    const shifted = tf.sub(masked, tf.max(masked, -1, true));
    const e = tf.exp(shifted);
    return tf.div(e, tf.sum(e, -1, true));
  });
}
`,

  'attention-steps': `function attentionSteps(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  mask: tf.Tensor,
): { scores: tf.Tensor; scaled: tf.Tensor; masked: tf.Tensor; weights: tf.Tensor; output: tf.Tensor } {
  return tf.tidy(() => {
    const d = q.shape[1];
    const scores = tf.matMul(q, k, false, true); // [L, S]
    const scaled = tf.div(scores, Math.sqrt(d));
    const masked = tf.where(mask, tf.fill(scaled.shape, -Infinity), scaled);
    const weights = tf.softmax(masked); // over the last axis: the keys
    const output = tf.matMul(weights, v); // [L, dv]
    return { scores, scaled, masked, weights, output };
  });
}
`,

  'causal-attention': `function causalAttention(
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [, L, d] = q.shape;
    const S = k.shape[1];
    const scores = tf.div(tf.matMul(q, k, false, true), Math.sqrt(d)); // [B, L, S]
    // Key j is blocked for query i when j > i: compare a column of i with a row of j.
    const i = tf.reshape(tf.range(0, L), [L, 1]);
    const j = tf.reshape(tf.range(0, S), [1, S]);
    const blocked = tf.broadcastTo(tf.greater(j, i), scores.shape);
    const masked = tf.where(blocked, tf.fill(scores.shape, -Infinity), scores);
    const weights = tf.softmax(masked);
    return { output: tf.matMul(weights, v), weights };
  });
}
`,

  'multi-head-attention': `function multiHeadAttention(
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
  return tf.tidy(() => {
    const [B, L, E] = query.shape;
    const S = key.shape[1];
    const headDim = E / numHeads;
    // A Linear layer, x W^T + b with W stored [out, in], on [B, len, in].
    const linear = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => {
      const [n, len, inFeatures] = x.shape;
      const y = tf.add(tf.matMul(tf.reshape(x, [n * len, inFeatures]), w, false, true), b);
      return tf.reshape(y, [n, len, w.shape[0]]);
    };
    // PyTorch packs the q, k and v projections as three blocks of E rows.
    const [wq, wk, wv] = tf.split(params.inProjWeight, 3, 0);
    const [bq, bk, bv] = tf.split(params.inProjBias, 3, 0);
    // [B, len, E] -> [B, H, len, headDim]: each head sees its own slice of the features.
    const heads = (x: tf.Tensor, len: number) =>
      tf.transpose(tf.reshape(x, [B, len, numHeads, headDim]), [0, 2, 1, 3]);
    const q = heads(linear(query, wq, bq), L);
    const k = heads(linear(key, wk, bk), S);
    const v = heads(linear(value, wv, bv), S);
    const weights = tf.softmax(tf.div(tf.matMul(q, k, false, true), Math.sqrt(headDim)));
    // Back to [B, L, E]: the heads side by side, then the output projection.
    const merged = tf.reshape(tf.transpose(tf.matMul(weights, v), [0, 2, 1, 3]), [B, L, E]);
    return { output: linear(merged, params.outProjWeight, params.outProjBias), weights };
  });
}
`,

  'additive-attention': `function additiveAttention(
  query: tf.Tensor,
  keys: tf.Tensor,
  values: tf.Tensor,
  params: { wq: tf.Tensor; wk: tf.Tensor; v: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [B, L, dq] = query.shape;
    const [, S, dk] = keys.shape;
    const h = params.v.shape[0];
    // Project every query and every key once, then pair them by broadcasting.
    const q = tf.matMul(tf.reshape(query, [B * L, dq]), params.wq, false, true);
    const k = tf.matMul(tf.reshape(keys, [B * S, dk]), params.wk, false, true);
    const hidden = tf.tanh(tf.add(tf.reshape(q, [B, L, 1, h]), tf.reshape(k, [B, 1, S, h])));
    const scores = tf.sum(tf.mul(hidden, params.v), -1); // [B, L, S]
    const weights = tf.softmax(scores); // over the keys
    return { output: tf.matMul(weights, values), weights };
  });
}
`,

  'attention-pooling': `function attentionPooling(
  hidden: tf.Tensor,
  mask: tf.Tensor,
  params: { weight: tf.Tensor; bias: tf.Tensor },
): { context: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [B, T, H] = hidden.shape;
    const flat = tf.reshape(hidden, [B * T, H]);
    const scores = tf.reshape(tf.add(tf.matMul(flat, params.weight, false, true), params.bias), [B, T]);
    // Padding steps get -Infinity, so their weight is exactly 0.
    const masked = tf.where(mask, tf.fill([B, T], -Infinity), scores);
    const weights = tf.softmax(masked); // over time
    // [B, 1, T] x [B, T, H] = [B, 1, H]: the weighted sum over time.
    const context = tf.reshape(tf.matMul(tf.reshape(weights, [B, 1, T]), hidden), [B, H]);
    return { context, weights };
  });
}
`,

  'spatial-attention': `function spatialAttention(
  x: tf.Tensor,
  params: { weight: tf.Tensor; bias: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const k = params.weight.shape[2];
    const pad = (k - 1) / 2;
    // Two maps per image: the mean over channels first, then the max.
    const pooled = tf.concat([tf.mean(x, 1, true), tf.max(x, 1, true)], 1); // [N, 2, H, W]
    // tf.conv2d works in NHWC with a [kh, kw, in, out] filter; PyTorch in NCHW, [out, in, kh, kw].
    const nhwc = tf.transpose(pooled, [0, 2, 3, 1]) as tf.Tensor4D;
    const filter = tf.transpose(params.weight, [2, 3, 1, 0]) as tf.Tensor4D;
    const logits = tf.add(
      tf.conv2d(nhwc, filter, 1, [[0, 0], [pad, pad], [pad, pad], [0, 0]]),
      params.bias,
    );
    const weights = tf.sigmoid(tf.transpose(logits, [0, 3, 1, 2])); // [N, 1, H, W]
    return { output: tf.mul(x, weights), weights };
  });
}
`,

  'channel-attention': `function channelAttention(
  x: tf.Tensor,
  params: { fc1Weight: tf.Tensor; fc1Bias: tf.Tensor; fc2Weight: tf.Tensor; fc2Bias: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const [N, C] = x.shape;
    const squeezed = tf.mean(x, [2, 3]); // [N, C]: one average per channel
    const hidden = tf.relu(tf.add(tf.matMul(squeezed, params.fc1Weight, false, true), params.fc1Bias));
    const logits = tf.add(tf.matMul(hidden, params.fc2Weight, false, true), params.fc2Bias);
    const weights = tf.sigmoid(logits); // [N, C]
    return { output: tf.mul(x, tf.reshape(weights, [N, C, 1, 1])), weights };
  });
}
`,

  'bidirectional-attention': `function biDirectionalAttention(
  context: tf.Tensor,
  query: tf.Tensor,
  params: { weight: tf.Tensor },
): { similarity: tf.Tensor; c2q: tf.Tensor; q2c: tf.Tensor } {
  return tf.tidy(() => {
    const [B, T] = context.shape;
    const J = query.shape[1];
    const [wc, wq, wcq] = tf.split(params.weight, 3);
    // w . [c; q; c*q] = wc . c + wq . q + (c * wcq) . q: three terms, no [B, T, J, 3d] tensor.
    const fromContext = tf.reshape(tf.sum(tf.mul(context, wc), -1), [B, T, 1]);
    const fromQuery = tf.reshape(tf.sum(tf.mul(query, wq), -1), [B, 1, J]);
    const cross = tf.matMul(tf.mul(context, wcq), query, false, true); // [B, T, J]
    const similarity = tf.add(tf.add(cross, fromContext), fromQuery);
    // Context to query: each context word reads the query words.
    const c2q = tf.matMul(tf.softmax(similarity), query);
    // Query to context: the context words that matter most to some query word.
    const q2cWeights = tf.softmax(tf.max(similarity, -1)); // [B, T]
    const attended = tf.matMul(tf.reshape(q2cWeights, [B, 1, T]), context); // [B, 1, d]
    return { similarity, c2q, q2c: tf.tile(attended, [1, T, 1]) };
  });
}
`,

  'graph-attention': `function graphAttention(
  h: tf.Tensor,
  adjacency: tf.Tensor,
  params: { weight: tf.Tensor; attSrc: tf.Tensor; attDst: tf.Tensor },
): { output: tf.Tensor; weights: tf.Tensor } {
  return tf.tidy(() => {
    const N = h.shape[0];
    const wh = tf.matMul(h, params.weight, false, true); // [N, F']
    const dst = tf.sum(tf.mul(wh, params.attDst), 1, true); // [N, 1]: the listener i
    const src = tf.reshape(tf.sum(tf.mul(wh, params.attSrc), 1), [1, N]); // [1, N]: neighbour j
    const logits = tf.leakyRelu(tf.add(dst, src), 0.2);
    // Only neighbours compete: the others get -Infinity, hence weight 0.
    const masked = tf.where(adjacency, logits, tf.fill([N, N], -Infinity));
    const weights = tf.softmax(masked);
    return { output: tf.matMul(weights, wh), weights };
  });
}
`,

  'f1-and-auc': `function f1AndAuc(
  yTrue: number[],
  yPred: number[],
  scores: number[],
): { f1: number; auc: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  yTrue.forEach((y, i) => {
    if (yPred[i] === 1 && y === 1) tp++;
    else if (yPred[i] === 1) fp++;
    else if (y === 1) fn++;
  });
  const denominator = 2 * tp + fp + fn;
  const f1 = denominator === 0 ? 0 : (2 * tp) / denominator;
  // AUC: how often a positive outscores a negative, over every pair; a tie counts half.
  const positives = scores.filter((_, i) => yTrue[i] === 1);
  const negatives = scores.filter((_, i) => yTrue[i] === 0);
  let wins = 0;
  for (const p of positives) {
    for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  }
  return { f1, auc: wins / (positives.length * negatives.length) };
}
`,

  lstm: `function lstm(
  x: tf.Tensor,
  params: { weightIh: tf.Tensor; weightHh: tf.Tensor; biasIh: tf.Tensor; biasHh: tf.Tensor },
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
};
