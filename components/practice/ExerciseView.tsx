'use client';

import type { BankQuestion, Exercise } from '@/lib/practice/bank';
import type { Response } from '@/lib/practice/session';
import type { HintLevel } from '@/lib/progress/types';
import { BugCard } from './BugCard';
import { DrillCard } from './DrillCard';
import { ExplainCard } from './ExplainCard';
import { QuizCard } from './QuizCard';

/** How an exercise went: right or wrong, and for self-graded ones the learner's own rating. */
export interface Outcome {
  correct: boolean;
  rating?: 1 | 2 | 3 | 4;
  /** What the learner gave, for a mock interview's review. */
  response?: Response;
}

/** What a drill needs from progress: hints opened this attempt, and whether it was done before. */
export interface DrillProgress {
  hints: 0 | HintLevel;
  attempted: boolean;
  onHint: (level: HintLevel) => void;
}

export interface ExerciseProps {
  /** A mock interview: no explanations or solutions until the summary. */
  mock: boolean;
  onAnswer: (outcome: Outcome) => void;
  /** A drill reports each graded submission, so a later skip keeps the last case report. */
  onAttempt?: (response: Response) => void;
}

export function ExerciseView({
  exercise,
  question,
  seed,
  drillProgress,
  ...props
}: ExerciseProps & {
  exercise: Exercise;
  question?: BankQuestion;
  seed: number;
  drillProgress?: DrillProgress;
}) {
  switch (exercise.kind) {
    case 'quiz':
      return (
        <QuizCard item={exercise.item} sessionSeed={seed} exerciseId={exercise.id} {...props} />
      );
    case 'bug':
      return <BugCard bug={exercise.bug} {...props} />;
    case 'drill':
      return <DrillCard drillId={exercise.drillId} progress={drillProgress} {...props} />;
    case 'explain':
      return question ? <ExplainCard question={question} {...props} /> : null;
  }
}
