import { mulberry32 } from '@/lib/random';
import type { Topic } from '@/lib/content/topics';
import type { BankQuestion, Exercise, ExerciseKind, PracticeBank } from './bank';
import type { GradeCaseResult } from './grading/types';

/** What the learner asked to practise, as read from the practice page's URL. */
export type SessionSpec =
  | { mode: 'question'; slug: string }
  | { mode: 'topic'; topic: Topic }
  | { mode: 'mixed' }
  | { mode: 'review' }
  | { mode: 'mock'; minutes: number; topics: Topic[] };

/** Rough minutes each kind takes in a mock interview, used to fill the chosen length. */
export const minutesPerKind: Record<ExerciseKind, number> = {
  explain: 3,
  quiz: 1,
  bug: 2,
  drill: 8,
};

export const mockLengths = [20, 45] as const;
const setSize = 10;

/** Sessions shuffle with a seeded generator, so a session can be replayed in tests. */
export const seededRandom = mulberry32;

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const kindOrder: ExerciseKind[] = ['quiz', 'bug', 'drill', 'explain'];

/**
 * The exercises of one session. By question: all of that page's, easiest kinds first. By topic
 * or mixed: a shuffled set of ten. Review: the due cards, most overdue first. Mock: see mockPlan.
 */
export function selectExercises(
  bank: PracticeBank,
  spec: SessionSpec,
  random: () => number,
  dueIds: string[] = [],
): Exercise[] {
  switch (spec.mode) {
    case 'question':
      return bank.exercises
        .filter((e) => e.slug === spec.slug)
        .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
    case 'topic': {
      const slugs = slugsWithTopics(bank.questions, [spec.topic]);
      return shuffle(
        bank.exercises.filter((e) => slugs.has(e.slug)),
        random,
      ).slice(0, setSize);
    }
    case 'mixed':
      return mixedSet(bank.exercises, random);
    case 'review': {
      const byId = new Map(bank.exercises.map((e) => [e.id, e]));
      return dueIds.map((id) => byId.get(id)).filter((e): e is Exercise => e !== undefined);
    }
    case 'mock':
      return mockPlan(bank, spec.minutes, spec.topics, random);
  }
}

/**
 * Ten exercises with every kind among them (one of each kind the bank has, drawn at random,
 * then the rest from all that is left), in shuffled order: a plain draw of ten could miss a kind.
 */
export function mixedSet(exercises: readonly Exercise[], random: () => number): Exercise[] {
  const pool = shuffle(exercises, random);
  const firsts = kindOrder
    .map((kind) => pool.find((e) => e.kind === kind))
    .filter((e): e is Exercise => e !== undefined);
  const rest = pool.filter((e) => !firsts.includes(e));
  return shuffle([...firsts, ...rest].slice(0, setSize), random);
}

/**
 * A fair mix for a timed mock interview: exactly one coding drill, then explain-aloud, quiz and
 * spot-the-bug items taken in turn until the time is filled. Topics narrow the pool; an empty
 * list means all topics. The drill comes last, as in a real interview's coding round.
 */
export function mockPlan(
  bank: PracticeBank,
  minutes: number,
  topics: Topic[],
  random: () => number,
): Exercise[] {
  const slugs = topics.length ? slugsWithTopics(bank.questions, topics) : null;
  const pool = shuffle(
    bank.exercises.filter((e) => !slugs || slugs.has(e.slug)),
    random,
  );
  const take = (kind: ExerciseKind) => {
    const i = pool.findIndex((e) => e.kind === kind);
    return i === -1 ? undefined : pool.splice(i, 1)[0];
  };
  // A topic with no drill still gets one: the coding round is part of every mock.
  const drill =
    take('drill') ??
    shuffle(
      bank.exercises.filter((e) => e.kind === 'drill'),
      random,
    )[0];
  let left = minutes - (drill ? minutesPerKind.drill : 0);
  const chosen: Exercise[] = [];
  const turn: ExerciseKind[] = ['explain', 'quiz', 'bug', 'quiz'];
  for (let added = true; added;) {
    added = false;
    for (const kind of turn) {
      if (minutesPerKind[kind] > left) continue;
      const next = take(kind);
      if (!next) continue;
      chosen.push(next);
      left -= minutesPerKind[kind];
      added = true;
    }
  }
  return drill ? [...chosen, drill] : chosen;
}

function slugsWithTopics(questions: BankQuestion[], topics: Topic[]): Set<string> {
  return new Set(
    questions.filter((q) => q.topics.some((t) => topics.includes(t))).map((q) => q.slug),
  );
}

/** What the learner gave, kept so a mock interview's review can show it next to the answer. */
export type Response =
  /** The texts of the choices picked (the order shown was shuffled). */
  | { kind: 'quiz'; chosen: string[] }
  /** The 1-based lines picked. */
  | { kind: 'bug'; lines: number[] }
  /** How each case of the last submission ended. */
  | { kind: 'drill'; cases: GradeCaseResult[] }
  /** The key points ticked (indices) and the learner's rating, 1 to 4. */
  | { kind: 'explain'; covered: number[]; rating: number };

export interface AnswerRecord {
  exerciseId: string;
  correct: boolean;
  /** Skipped: settled as missed, and it cannot be answered afterwards. */
  skipped?: boolean;
  response?: Response;
}

/**
 * The one rule for settling an exercise, the same in every mode: the first of an answer or a
 * skip settles it, and nothing after changes it. So a skipped item cannot be answered later
 * (and show "Right." while the summary counts it missed), and an answered one cannot be skipped.
 */
export function settle(answers: AnswerRecord[], record: AnswerRecord): AnswerRecord[] {
  if (answers.some((a) => a.exerciseId === record.exerciseId)) return answers;
  return [...answers, record];
}

export interface SessionSummary {
  right: number;
  total: number;
  byTopic: { topic: Topic; right: number; total: number }[];
  /** Exercises answered wrongly or not reached, in session order. */
  missed: Exercise[];
}

/** Scores a finished session; exercises not reached (the clock ran out) count as missed. */
export function summarizeSession(
  bank: PracticeBank,
  exercises: Exercise[],
  answers: AnswerRecord[],
): SessionSummary {
  const result = new Map(answers.map((a) => [a.exerciseId, a.correct]));
  const topicsOf = new Map(bank.questions.map((q) => [q.slug, q.topics]));
  const byTopic = new Map<Topic, { right: number; total: number }>();
  for (const e of exercises) {
    for (const topic of topicsOf.get(e.slug) ?? []) {
      const entry = byTopic.get(topic) ?? { right: 0, total: 0 };
      entry.total += 1;
      if (result.get(e.id)) entry.right += 1;
      byTopic.set(topic, entry);
    }
  }
  const right = exercises.filter((e) => result.get(e.id)).length;
  return {
    right,
    total: exercises.length,
    byTopic: [...byTopic].map(([topic, v]) => ({ topic, ...v })),
    missed: exercises.filter((e) => !result.get(e.id)),
  };
}
