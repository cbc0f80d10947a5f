import * as tf from '@tensorflow/tfjs-core';
import {
  assertObject,
  assertOptionalShape,
  assertRank,
  assertShape,
  dims,
  failWith,
} from '@/lib/attention/checks';
import { conv2dNchw } from './conv2dNchw';

/**
 * The additive attention gate of Attention U-Net (Oktay et al., 2018), with PyTorch layouts.
 * Each projection is a 1x1 nn.Conv2d, weight [out, in, 1, 1]:
 *   alpha = sigmoid( psi( relu( Wx x + Wg g ) ) ),   output = x * alpha.
 * x is the skip-connection feature map [N, Cx, H, W] (fine, from the encoder); g is the gating
 * signal [N, Cg, h, w] (coarse, from the decoder), where H and W are whole multiples of h and w.
 * The projected gating signal is repeated up to H x W (nearest neighbour) before the sum.
 */
export interface AttentionGateParams {
  /** Wx: [F, Cx, 1, 1] */
  wxWeight: tf.Tensor;
  wxBias?: tf.Tensor;
  /** Wg: [F, Cg, 1, 1] */
  wgWeight: tf.Tensor;
  wgBias?: tf.Tensor;
  /** psi: [1, F, 1, 1] */
  psiWeight: tf.Tensor;
  psiBias?: tf.Tensor;
}

const FN = 'attentionGate';

function validate(x: unknown, g: unknown, params: unknown): AttentionGateParams {
  assertRank(FN, 'x', x, 4, '[N, Cx, H, W]');
  assertRank(FN, 'g', g, 4, '[N, Cg, h, w]');
  const [N, Cx, H, W] = dims(x);
  const [Ng, Cg, h, w] = dims(g);
  if (Ng !== N) failWith(FN, 'code.core.batchSame', { name: 'g', got: Ng, other: 'x', want: N });
  if (H % h !== 0 || W % w !== 0) {
    failWith(FN, 'code.core.gateSize', { h, w, H, W });
  }
  assertObject(FN, 'params', params, '{ wxWeight, wgWeight, psiWeight, ... }');
  const p = params as unknown as AttentionGateParams;
  const F = p.wxWeight instanceof tf.Tensor ? p.wxWeight.shape[0] : 0;
  assertShape(FN, 'wxWeight', p.wxWeight, [F, Cx, 1, 1], '[F, Cx, 1, 1]');
  assertOptionalShape(FN, 'wxBias', p.wxBias, [F], '[F]');
  assertShape(FN, 'wgWeight', p.wgWeight, [F, Cg, 1, 1], '[F, Cg, 1, 1]');
  assertOptionalShape(FN, 'wgBias', p.wgBias, [F], '[F]');
  assertShape(FN, 'psiWeight', p.psiWeight, [1, F, 1, 1], '[1, F, 1, 1]');
  assertOptionalShape(FN, 'psiBias', p.psiBias, [1], '[1]');
  return p;
}

/** Returns the gated features `output` [N, Cx, H, W] and the gate `weights` [N, 1, H, W] in (0, 1). */
export function attentionGate(
  x: tf.Tensor,
  g: tf.Tensor,
  params: AttentionGateParams,
): { output: tf.Tensor4D; weights: tf.Tensor4D } {
  const p = validate(x, g, params);
  return tf.tidy(() => {
    const [N, , H, W] = x.shape as number[];
    const [, , h, w] = g.shape as number[];
    const thetaX = conv2dNchw(x, p.wxWeight, p.wxBias);
    let phiG: tf.Tensor = conv2dNchw(g, p.wgWeight, p.wgBias);
    if (h !== H || w !== W) {
      const [sh, sw] = [H / h, W / w];
      const F = phiG.shape[1] as number;
      // Nearest-neighbour upsampling: each coarse cell becomes an sh x sw block.
      phiG = tf.reshape(
        tf.mul(tf.reshape(phiG, [N, F, h, 1, w, 1]), tf.ones([1, 1, 1, sh, 1, sw])),
        [N, F, H, W],
      );
    }
    const hidden = tf.relu(tf.add(thetaX, phiG));
    const weights = tf.sigmoid(conv2dNchw(hidden, p.psiWeight, p.psiBias)) as tf.Tensor4D;
    return { output: tf.mul(x, weights) as tf.Tensor4D, weights };
  });
}
