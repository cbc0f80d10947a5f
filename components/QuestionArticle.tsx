import Link from 'next/link';
import 'katex/dist/katex.min.css';
import { compilePage } from '@/lib/content/mdx/compile';
import type { Question } from '@/lib/content/questions';
import { translator, type Locale } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { MarkSeen } from './MarkSeen';
import { QuestionMeta } from './QuestionMeta';
import { mdxComponents } from './mdx';
import { SpotTheBug } from './SpotTheBug';
import { TableOfContents } from './TableOfContents';
import styles from './QuestionArticle.module.css';

interface Props {
  locale: Locale;
  question: Question;
  previous?: Question;
  next?: Question;
}

/** One question page: header, table of contents, the compiled MDX body, previous/next. */
export async function QuestionArticle({ locale, question, previous, next }: Props) {
  const t = translator(locale);
  const { Content, headings } = await compilePage(question.fileName, question.body);
  return (
    <div className={styles.layout}>
      <article className={styles.article} data-question-id={question.id}>
        <header className={styles.header}>
          <p className={styles.kicker}>{t('question.number', { n: question.id })}</p>
          <h1>{question.title[locale]}</h1>
          <QuestionMeta difficulty={question.difficulty} topics={question.topics} />
          <p className={styles.practise}>
            <Link href={`${localePath(locale, '/practice/')}?mode=question&q=${question.slug}`}>
              {t('practice.link')} →
            </Link>
          </p>
          <MarkSeen slug={question.slug} />
          {question.draft && (
            <p className={styles.draft} role="note">
              {t('question.draftNotice')}
            </p>
          )}
        </header>
        <Content components={{ ...mdxComponents, SpotTheBug: bugFor(question, locale) }} />
        <QuestionPager locale={locale} previous={previous} next={next} />
      </article>
      <TableOfContents headings={headings} title={t('question.toc')} />
    </div>
  );
}

function QuestionPager({
  locale,
  previous,
  next,
}: {
  locale: Locale;
  previous?: Question;
  next?: Question;
}) {
  const t = translator(locale);
  const link = (q: Question, rel: 'prev' | 'next') => (
    <Link href={localePath(locale, `/questions/${q.slug}/`)} rel={rel} className={styles[rel]}>
      <span>{rel === 'prev' ? `← ${t('question.previous')}` : `${t('question.next')} →`}</span>
      <strong>
        {q.id}. {q.title[locale]}
      </strong>
    </Link>
  );
  return (
    <nav className={styles.pager} aria-label={`${t('question.previous')} / ${t('question.next')}`}>
      {previous ? link(previous, 'prev') : <span />}
      {next ? link(next, 'next') : <span />}
    </nav>
  );
}

/** <SpotTheBug id="..."/> in a page draws the bug of that id from the page's frontmatter. */
function bugFor(question: Question, locale: Locale) {
  return function PageBug({ id }: { id: string }) {
    const bug = question.bugs.find((b) => b.id === id);
    if (!bug)
      throw new Error(
        `${question.fileName}: <SpotTheBug id="${id}"> names no bug in the frontmatter`,
      );
    return <SpotTheBug bug={bug} locale={locale} />;
  };
}
