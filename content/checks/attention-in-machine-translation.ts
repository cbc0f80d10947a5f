import { expect } from 'vitest';
import {
  consoleText,
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

const source = ['le', 'chat', 'noir', 'dort'];
const target = ['the', 'black', 'cat', 'sleeps'];
// The alignment the text names: the -> le, black -> noir, cat -> chat, sleeps -> dort.
const aligned = ['le', 'noir', 'chat', 'dort'];

// Question 10: both scorers align each target word with its translation, and the middle crosses.
export default function check([demo]: DemoResults) {
  for (const title of ['additive-alignment', 'dot-product-alignment']) {
    const map = heatmapWithId([demo], title);
    expect(map.shape).toEqual([4, 4]);
    expect(map.rowLabels).toEqual(target);
    expect(map.colLabels).toEqual(source);
    expectRowsSumToOne(matrix(map));
    target.forEach((_, row) => expect(mostAttended(map, row)).toBe(aligned[row]));
  }
  // The additive map, with v = 4, is sharper than the scaled dot-product one.
  const additive = matrix(heatmapWithId([demo], 'additive-alignment'));
  const dot = matrix(heatmapWithId([demo], 'dot-product-alignment'));
  target.forEach((_, row) =>
    expect(Math.max(...additive[row])).toBeGreaterThan(Math.max(...dot[row])),
  );
  // The context vectors' shape, after a label in the page's language.
  expect(consoleText([demo])).toMatch(/ \[1,4,4\]$/m);
}
