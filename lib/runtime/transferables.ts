import type { Display } from './displays';

/** Every typed-array buffer in the displays, once each: a buffer listed twice fails the post. */
export function displayBuffers(displays: (Display | undefined)[]): Transferable[] {
  const buffers = new Set<ArrayBufferLike>();
  for (const d of displays) {
    if (d?.kind === 'heatmap') {
      buffers.add(d.data.buffer);
      if (d.mask) buffers.add(d.mask.buffer);
    }
    if (d?.kind === 'steps') {
      for (const step of [d.scores, d.scaled, d.masked, d.weights, d.output])
        buffers.add(step.data.buffer);
    }
  }
  return [...buffers] as Transferable[];
}
