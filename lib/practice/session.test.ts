import { describe, expect, it } from 'vitest';
import type { Exercise, PracticeBank } from './bank';
import { sameSet } from './answers';
import {
  minutesPerKind,
  mixedSet,
  mockPlan,
  seededRandom,
  selectExercises,
  settle,
  shuffle,
  summarizeSession,
  type SessionSpec,
} from './session';
import { parseSessionSpec, sessionSpecToSearch } from './sessionSpec';

const question = (slug: string, topics: string[]) => ({
  id: 1,
  slug,
  title: slug,
  topics,
  difficulty: 1,
  prompt: 'Q?',
  keyPointsHtml: ['a'],
});
const ex = (kind: Exercise['kind'], slug: string, n: number) =>
  ({ kind, slug, id: `${kind}:${slug}:${n}` }) as Exercise;

// Two questions: a vision one and a graphs one, each with every kind of exercise.
const bank = {
  questions: [question('v', ['vision']), question('g', ['graphs'])],
  exercises: ['v', 'g'].flatMap((slug) => [
    ex('explain', slug, 0),
    ex('explain', slug, 1),
    ...[0, 1, 2, 3, 4, 5].map((n) => ex('quiz', slug, n)),
    ex('bug', slug, 0),
    ex('bug', slug, 1),
    ex('drill', slug, 0),
  ]),
} as PracticeBank;

describe('selectExercises', () => {
  it('by question takes all of that page, quiz first and explain last', () => {
    const chosen = selectExercises(bank, { mode: 'question', slug: 'g' }, seededRandom(1));
    expect(chosen).toHaveLength(11);
    expect(chosen.every((e) => e.slug === 'g')).toBe(true);
    expect(chosen[0].kind).toBe('quiz');
    expect(chosen.at(-1)?.kind).toBe('explain');
  });

  it('by topic keeps to that topic', () => {
    const chosen = selectExercises(bank, { mode: 'topic', topic: 'vision' }, seededRandom(2));
    expect(chosen).toHaveLength(10);
    expect(chosen.every((e) => e.slug === 'v')).toBe(true);
  });

  it('review keeps the due order and drops ids the bank no longer has', () => {
    const chosen = selectExercises(bank, { mode: 'review' }, seededRandom(3), [
      'bug:g:1',
      'quiz:gone:0',
      'quiz:v:2',
    ]);
    expect(chosen.map((e) => e.id)).toEqual(['bug:g:1', 'quiz:v:2']);
  });

  it('a seed gives the same shuffle, another seed a different one', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, seededRandom(7))).toEqual(shuffle(items, seededRandom(7)));
    expect(shuffle(items, seededRandom(7))).not.toEqual(shuffle(items, seededRandom(8)));
    expect([...shuffle(items, seededRandom(7))].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('mockPlan', () => {
  const minutes = (plan: Exercise[]) => plan.reduce((s, e) => s + minutesPerKind[e.kind], 0);

  it('fills 20 minutes with one drill last and every other kind present', () => {
    const plan = mockPlan(bank, 20, [], seededRandom(4));
    expect(plan.filter((e) => e.kind === 'drill')).toHaveLength(1);
    expect(plan.at(-1)?.kind).toBe('drill');
    for (const kind of ['explain', 'quiz', 'bug'] as const)
      expect(plan.some((e) => e.kind === kind)).toBe(true);
    // 8 for the drill, then explain 3, quiz 1, bug 2, quiz 1, explain 3, quiz 1, quiz 1 = 20.
    expect(minutes(plan)).toBe(20);
  });

  it('stays inside the chosen topics and never exceeds the time', () => {
    const plan = mockPlan(bank, 45, ['graphs'], seededRandom(5));
    expect(plan.every((e) => e.slug === 'g')).toBe(true);
    expect(minutes(plan)).toBeLessThanOrEqual(45);
    // The graphs question has only 11 exercises (8 + 6 + 4 + 6 + 1 = 25 minutes): all are used.
    expect(plan).toHaveLength(11);
  });
});

describe('summarizeSession', () => {
  it('counts right answers by topic and lists wrong and unreached ones as missed', () => {
    const exercises = [ex('quiz', 'v', 0), ex('quiz', 'g', 0), ex('bug', 'g', 0)];
    const summary = summarizeSession(bank, exercises, [
      { exerciseId: 'quiz:v:0', correct: true },
      { exerciseId: 'quiz:g:0', correct: false },
    ]);
    expect(summary.right).toBe(1);
    expect(summary.total).toBe(3);
    expect(summary.byTopic).toEqual([
      { topic: 'vision', right: 1, total: 1 },
      { topic: 'graphs', right: 0, total: 2 },
    ]);
    expect(summary.missed.map((e) => e.id)).toEqual(['quiz:g:0', 'bug:g:0']);
  });
});

describe('mixedSet', () => {
  it('always has ten exercises with every kind among them, for any seed', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const set = mixedSet(bank.exercises, seededRandom(seed));
      expect(set).toHaveLength(10);
      expect(new Set(set.map((e) => e.kind))).toEqual(new Set(['quiz', 'bug', 'drill', 'explain']));
      expect(new Set(set.map((e) => e.id)).size).toBe(10);
    }
  });
});

describe('settle: one rule for skip and answer', () => {
  const id = 'quiz:v:0';
  it('a skip settles the item: a later answer changes nothing', () => {
    const skipped = settle([], { exerciseId: id, correct: false, skipped: true });
    expect(settle(skipped, { exerciseId: id, correct: true })).toBe(skipped);
    expect(summarizeSession(bank, [ex('quiz', 'v', 0)], skipped).right).toBe(0);
  });
  it('an answer settles the item: a later skip changes nothing', () => {
    const answered = settle([], { exerciseId: id, correct: true });
    expect(settle(answered, { exerciseId: id, correct: false, skipped: true })).toEqual([
      { exerciseId: id, correct: true },
    ]);
  });
});

describe('parseSessionSpec', () => {
  const slugs = ['v', 'g'];
  it('round-trips every mode', () => {
    const specs: SessionSpec[] = [
      { mode: 'question', slug: 'g' },
      { mode: 'topic', topic: 'vision' },
      { mode: 'mixed' },
      { mode: 'review' },
      { mode: 'mock', minutes: 45, topics: ['graphs', 'vision'] },
    ];
    for (const spec of specs) {
      expect(parseSessionSpec(sessionSpecToSearch(spec), slugs)).toEqual(spec);
    }
  });

  it('gives null for unknown modes, pages, topics and lengths', () => {
    for (const bad of [
      '',
      '?mode=nope',
      '?mode=question&q=missing',
      '?mode=topic&topic=__proto__',
      '?mode=mock&minutes=7',
      '?mode=mock&minutes=abc',
    ])
      expect(parseSessionSpec(bad, slugs)).toBeNull();
  });

  it('drops unknown topics from a mock link but keeps the mock', () => {
    expect(parseSessionSpec('?mode=mock&minutes=20&topics=vision,evil', slugs)).toEqual({
      mode: 'mock',
      minutes: 20,
      topics: ['vision'],
    });
  });
});

describe('sameSet', () => {
  it('needs exactly the wanted choices, in any order', () => {
    expect(sameSet([2, 0], [0, 2])).toBe(true);
    expect(sameSet([0], [0, 2])).toBe(false);
    expect(sameSet([0, 1, 2], [0, 2])).toBe(false);
    expect(sameSet([], [1])).toBe(false);
  });
});
