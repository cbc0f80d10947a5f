import { describe, expect, it } from 'vitest';
import type { QuizItem } from '@/lib/content/schema';
import { shuffleChoices } from './choiceOrder';

const item: QuizItem = {
  id: 'sample',
  prompt: 'Which are fruit?',
  choices: ['apple', 'stone', 'pear', 'brick', 'plum'],
  answer: [0, 2, 4],
  explanation: 'Apples, pears and plums grow on trees.',
};

describe('shuffleChoices', () => {
  it('keeps every choice once and points the answer at the same texts', () => {
    for (let seed = 0; seed < 50; seed++) {
      const shown = shuffleChoices(item, seed, 'quiz:page:sample');
      expect([...shown.choices].sort()).toEqual([...item.choices].sort());
      expect(shown.answer.map((i) => shown.choices[i]).sort()).toEqual(['apple', 'pear', 'plum']);
    }
  });

  it('is stable within an attempt: same seed and exercise, same order', () => {
    const a = shuffleChoices(item, 1234, 'quiz:page:sample');
    const b = shuffleChoices(item, 1234, 'quiz:page:sample');
    expect(b).toEqual(a);
  });

  it('moves the answer around across attempts, so position carries no information', () => {
    const single: QuizItem = { ...item, answer: [0] };
    const counts = [0, 0, 0, 0, 0];
    const attempts = 5000;
    for (let seed = 0; seed < attempts; seed++) {
      counts[shuffleChoices(single, seed, 'quiz:page:sample').answer[0]]++;
    }
    // Each of five positions should hold the answer about a fifth of the time (1000 ± ~4 sd).
    for (const c of counts) expect(Math.abs(c - attempts / 5)).toBeLessThan(120);
  });

  it('gives different exercises of one session different orders', () => {
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => shuffleChoices(item, 99, id).choices.join('|')),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
