'use client';

import type { Difficulty, Topic } from '@/lib/content/topics';
import { DifficultyBadge } from './DifficultyBadge';
import { useT } from './LocaleContext';
import styles from './QuestionMeta.module.css';

/** A question's difficulty and topic chips, as shown in the list and on the page. */
export function QuestionMeta({ difficulty, topics }: { difficulty: Difficulty; topics: Topic[] }) {
  const t = useT();
  return (
    <p className={styles.meta}>
      <DifficultyBadge level={difficulty} />
      <span className="visually-hidden">{t('question.topics')}: </span>
      {topics.map((topic) => (
        <span key={topic} className={styles.topic}>
          {t(`topic.${topic}`)}
        </span>
      ))}
    </p>
  );
}
