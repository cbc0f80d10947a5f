'use client';

import { useEffect, useRef, useState } from 'react';
import type { Exercise, PracticeBank } from '@/lib/practice/bank';
import { clearMock, readMock, writeMock, type SavedMock } from '@/lib/practice/mockState';
import {
  seededRandom,
  selectExercises,
  settle,
  summarizeSession,
  type AnswerRecord,
  type SessionSpec,
} from '@/lib/practice/session';
import { recordAnswer, recordMock } from '@/lib/progress/schedule';
import { dueTodayIds } from '@/lib/progress/summary';
import type { Outcome } from './ExerciseView';
import type { Progress } from './progress';

export type Ended = NonNullable<SavedMock['ended']>;

/** sessionStorage, or undefined where reading it throws (some privacy settings). */
function tabStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

interface Start {
  seed: number;
  exercises: Exercise[];
  deadline: number | null;
  index: number;
  answers: AnswerRecord[];
  ended: Ended | null;
}

/** A saved mock for this link whose items all still exist, or a fresh session. */
function startSession(bank: PracticeBank, spec: SessionSpec, progress: Progress, search: string) {
  if (spec.mode === 'mock') {
    const saved = readMock(tabStorage(), search);
    const byId = new Map(bank.exercises.map((e) => [e.id, e]));
    const exercises = saved?.ids.map((id) => byId.get(id));
    if (saved && exercises?.every((e) => e !== undefined)) {
      return { ...saved, exercises: exercises as Exercise[] } satisfies Start;
    }
  }
  // One seed per attempt: it picks the exercises and the order of each quiz's choices.
  const seed = Date.now() >>> 0;
  const due = dueTodayIds(progress.data, new Date());
  return {
    seed,
    exercises: selectExercises(bank, spec, seededRandom(seed), due),
    deadline: spec.mode === 'mock' ? Date.now() + spec.minutes * 60_000 : null,
    index: 0,
    answers: [],
    ended: null,
  } satisfies Start;
}

/**
 * A session's state: its exercises, where the learner is, what was settled, and how it ended.
 * A mock interview is saved to the tab after every change, so a reload resumes it with the same
 * items and clock, and its summary comes back without being recorded twice.
 */
export function useSessionState(
  bank: PracticeBank,
  spec: SessionSpec,
  progress: Progress,
  search: string,
) {
  const [start] = useState(() => startSession(bank, spec, progress, search));
  const { seed, exercises, deadline } = start;
  const [index, setIndex] = useState(start.index);
  const [answers, setAnswers] = useState(start.answers);
  const [ended, setEnded] = useState<Ended | null>(start.ended);
  // The latest answers and end, for callbacks that outlive a render (the clock's time-up).
  // Only the two handlers below change them, and they update this first.
  const latest = useRef({ answers: start.answers, ended: start.ended });
  const mock = spec.mode === 'mock';

  useEffect(() => {
    if (!mock) return;
    const ids = exercises.map((e) => e.id);
    writeMock(tabStorage(), { search, seed, ids, deadline: deadline ?? 0, index, answers, ended });
  }, [mock, search, seed, exercises, deadline, index, answers, ended]);

  /** Settles the current exercise by the one rule (lib/practice/session.ts `settle`). */
  const settleCurrent = (outcome: Outcome, skipped = false) => {
    const current = exercises[index];
    if (!current || latest.current.ended) return;
    const record: AnswerRecord = { exerciseId: current.id, correct: outcome.correct };
    if (skipped) record.skipped = true;
    if (outcome.response) record.response = outcome.response;
    const next = settle(latest.current.answers, record);
    if (next === latest.current.answers) return;
    latest.current.answers = next;
    setAnswers(next);
    const { correct, rating } = outcome;
    void progress.update((data) => recordAnswer(data, current.id, { correct, rating }, new Date()));
  };

  /** Ends the session once; a mock is added to the history then, and only then. */
  const finish = (how: Ended) => {
    if (latest.current.ended) return;
    latest.current.ended = how;
    setEnded(how);
    if (spec.mode !== 'mock') return;
    const summary = summarizeSession(bank, exercises, latest.current.answers);
    const byTopic = Object.fromEntries(
      summary.byTopic.map(({ topic, right, total }) => [topic, { right, total }]),
    );
    void progress.update((data) =>
      recordMock(data, {
        at: Date.now(),
        minutes: spec.minutes,
        topics: spec.topics,
        score: summary.right,
        total: summary.total,
        byTopic,
        missed: summary.missed.map((e) => e.id),
      }),
    );
  };

  const restart = () => clearMock(tabStorage());

  return {
    seed,
    exercises,
    deadline,
    index,
    setIndex,
    answers,
    ended,
    settleCurrent,
    finish,
    restart,
  };
}
