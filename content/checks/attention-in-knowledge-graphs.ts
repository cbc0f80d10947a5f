import { expect } from 'vitest';
import {
  expectRowsSumToOne,
  heatmapWithId,
  matrix,
  mostAttended,
  type DemoResults,
} from './helpers';

// Question 17: GAT over Marie Curie's corner of a knowledge graph.
export default function check([graph]: DemoResults) {
  const map = heatmapWithId([graph], 'who-each-entity-listens-to');
  expect(map.shape).toEqual([7, 7]);
  const names = map.rowLabels ?? [];
  expect(map.colLabels).toEqual(names);
  const m = matrix(map);
  expectRowsSumToOne(m);

  // Cells without an edge are masked in the picture and have weight exactly zero.
  expect(map.mask).toBeDefined();
  const mask = Array.from(map.mask ?? []);
  m.forEach((row, i) => row.forEach((w, j) => mask[i * 7 + j] && expect(w).toBe(0)));
  // Every entity hears itself (self-loops), and Warsaw has only Marie Curie besides itself.
  m.forEach((row, i) => expect(mask[i * 7 + i]).toBeFalsy());
  expect(mask.slice(6 * 7, 7 * 7).filter((b) => !b)).toHaveLength(2);

  // "Every entity linked to the Nobel Prize listens to it most."
  const nobel = names.indexOf('Nobel Prize');
  names.forEach((name, i) => {
    if (!mask[i * 7 + nobel]) expect(mostAttended(map, i)).toBe('Nobel Prize');
  });

  // Static attention: every row ranks its neighbours Nobel Prize > sciences > people > places.
  const rank: Record<string, number> = {
    'Nobel Prize': 3,
    Physics: 2,
    Chemistry: 2,
    'Marie Curie': 1,
    'Pierre Curie': 1,
    Paris: 0,
    Warsaw: 0,
  };
  m.forEach((row, i) => {
    const open = names.map((_, j) => j).filter((j) => !mask[i * 7 + j]);
    for (const a of open)
      for (const b of open)
        if (rank[names[a]] > rank[names[b]]) expect(row[a]).toBeGreaterThan(row[b]);
  });
}
