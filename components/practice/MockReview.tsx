'use client';

import type { BankQuestion, Exercise, PracticeBank } from '@/lib/practice/bank';
import { drillById } from '@/lib/practice/drills/catalog';
import type { AnswerRecord } from '@/lib/practice/session';
import { useLocale, useT } from '../LocaleContext';
import { CaseList } from './GradeReport';
import { exerciseLabel } from './SessionSummaryView';
import styles from './practice.module.css';

type T = ReturnType<typeof useT>;

/**
 * After a mock interview, every item in turn: what the learner answered, the right answer and
 * the explanation (a quiz's choice, a bug's lines, a drill's case report and a solution, an
 * explain-aloud's key points ticked or not). The mock held these back; here they all are.
 */
export function MockReview({
  bank,
  exercises,
  answers,
}: {
  bank: PracticeBank;
  exercises: Exercise[];
  answers: AnswerRecord[];
}) {
  const t = useT();
  const locale = useLocale();
  const byId = new Map(answers.map((a) => [a.exerciseId, a]));
  return (
    <section aria-labelledby="mock-review" data-testid="mock-review">
      <h3 id="mock-review">{t('practice.review.title')}</h3>
      <ol className={styles.review}>
        {exercises.map((e) => {
          const answer = byId.get(e.id);
          const question = bank.questions.find((q) => q.slug === e.slug);
          return (
            <li key={e.id}>
              <h4>
                <span className={styles.kind}>{t(`practice.kind.${e.kind}`)}</span>{' '}
                {exerciseLabel(e, question?.title ?? e.slug, locale)}
              </h4>
              <p>
                <strong>{outcomeText(t, answer)}</strong>
              </p>
              <ItemReview exercise={e} answer={answer} question={question} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function outcomeText(t: T, answer: AnswerRecord | undefined): string {
  if (!answer) return `— ${t('practice.review.notReached')}`;
  if (answer.skipped) return `— ${t('practice.review.skipped')}`;
  return answer.correct ? `✓ ${t('practice.right')}` : `✗ ${t('practice.wrong')}`;
}

function ItemReview({
  exercise: e,
  answer,
  question,
}: {
  exercise: Exercise;
  answer?: AnswerRecord;
  question?: BankQuestion;
}) {
  const t = useT();
  const response = answer?.response;
  switch (e.kind) {
    case 'quiz': {
      const chosen = response?.kind === 'quiz' ? response.chosen : [];
      return (
        <>
          <p>
            {t('practice.review.yourAnswer')}{' '}
            {chosen.length ? chosen.join('; ') : t('practice.review.none')}
          </p>
          <p>
            {t('practice.review.rightAnswer')}{' '}
            {e.item.answer.map((i) => e.item.choices[i]).join('; ')}
          </p>
          <p>{e.item.explanation}</p>
        </>
      );
    }
    case 'bug': {
      const lines = response?.kind === 'bug' ? response.lines : [];
      return (
        <>
          <p>
            {t('practice.review.yourLines')}{' '}
            {lines.length ? [...lines].sort((a, b) => a - b).join(', ') : t('practice.review.none')}
          </p>
          <p>{t('practice.bug.wrongLines', { lines: e.bug.lines.join(', ') })}</p>
          <p>{e.bug.explanation}</p>
        </>
      );
    }
    case 'drill': {
      const drill = drillById(e.drillId);
      return (
        <>
          {response?.kind === 'drill' ? (
            <CaseList cases={response.cases} />
          ) : (
            <p>{t('practice.review.notSubmitted')}</p>
          )}
          {drill && (
            <details>
              <summary>{t('practice.review.solution')}</summary>
              <pre className={styles.code} tabIndex={0}>
                <code>{drill.solution}</code>
              </pre>
            </details>
          )}
        </>
      );
    }
    case 'explain': {
      const covered = response?.kind === 'explain' ? response.covered : [];
      return (
        <>
          {question && <blockquote className={styles.interviewer}>{question.prompt}</blockquote>}
          {response?.kind === 'explain' && (
            <p>
              {t('practice.review.rated', {
                rating: t(`practice.rating.${response.rating as 1 | 2 | 3 | 4}`),
              })}
            </p>
          )}
          <ul className={styles.choices} aria-label={t('practice.explain.keyPoints')}>
            {question?.keyPointsHtml.map((html, i) => (
              <li key={i}>
                {covered.includes(i)
                  ? `✓ ${t('practice.review.covered')}`
                  : `✗ ${t('practice.review.notCovered')}`}
                {': '}
                {/* Built from our own pages at build time (bold and KaTeX). */}
                <span dangerouslySetInnerHTML={{ __html: html }} />
              </li>
            ))}
          </ul>
        </>
      );
    }
  }
}
