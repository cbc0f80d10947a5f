'use client';

import { topics, type Topic } from '@/lib/content/topics';
import type { MockRecord } from '@/lib/progress/types';
import { useLocale, useT } from '../LocaleContext';
import styles from './practice.module.css';

/** The mock interviews taken on this device, newest first: when, how long, topics, score. */
export function MockHistory({ mocks }: { mocks: MockRecord[] }) {
  const t = useT();
  const locale = useLocale();
  if (mocks.length === 0) return <p>{t('practice.history.none')}</p>;
  const date = (at: number) =>
    new Date(at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  return (
    <table className={styles.table}>
      <caption>{t('practice.history.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('practice.history.when')}</th>
          <th scope="col">{t('practice.mockLength')}</th>
          <th scope="col">{t('practice.history.topics')}</th>
          <th scope="col">{t('practice.summary.result')}</th>
        </tr>
      </thead>
      <tbody>
        {[...mocks].reverse().map((m) => (
          <tr key={m.at}>
            <th scope="row">{date(m.at)}</th>
            <td>{t('practice.minutes', { n: m.minutes })}</td>
            <td>
              {m.topics.length === 0
                ? t('practice.history.allTopics')
                : m.topics
                    .map((tp) => (topics.includes(tp as Topic) ? t(`topic.${tp as Topic}`) : tp))
                    .join(', ')}
            </td>
            <td>
              {m.score} / {m.total}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
