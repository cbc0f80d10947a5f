import { describe, expect, it } from 'vitest';
import type { QuizItem } from '@/lib/content/schema';
import { loadQuestions, questionsDir } from '@/lib/content/questions';

// The practice bank must not be answerable without the knowledge: where the right answer sits,
// how long it is, and how many answers a multi-select item has must carry no signal, and every
// prompt must stand on its own, since the practice page shows it without the page's demo.

interface Located {
  where: string;
  item: QuizItem;
}

const editions = [
  ['English', loadQuestions()],
  ['Chinese', loadQuestions(questionsDir('zh'))],
] as const;

/** Characters as a reader sees them (a Han character counts one, like a Latin letter). */
const length = (text: string) => [...text].length;

/** The index of the longest choice when exactly one choice is longest, else undefined. */
function uniqueLongest(choices: readonly string[]): number | undefined {
  const lengths = choices.map(length);
  const max = Math.max(...lengths);
  const at = lengths.flatMap((l, i) => (l === max ? [i] : []));
  return at.length === 1 ? at[0] : undefined;
}

const refersElsewhere = {
  English: /\b(the demos?|above|below|this page|the (figure|heatmap|plot|chart))\b/i,
  Chinese: /演示|示例|上文|上面的|上图|上述|下图|本页|这一页|此页/,
};

describe.each(editions)('%s quiz bank', (edition, questions) => {
  const items: Located[] = questions.flatMap((q) =>
    q.quiz.map((item) => ({ where: `${q.fileName} ${item.id}`, item })),
  );
  const single = items.filter(({ item }) => item.answer.length === 1);
  const multi = items.filter(({ item }) => item.answer.length > 1);

  it('has enough items for the statistics to mean something', () => {
    expect(single.length).toBeGreaterThan(20);
    expect(multi.length).toBeGreaterThan(5);
  });

  it('puts the single answer in no one position more than 40% of the time', () => {
    const byPosition = new Map<number, number>();
    for (const { item } of single) {
      byPosition.set(item.answer[0], (byPosition.get(item.answer[0]) ?? 0) + 1);
    }
    for (const [position, count] of byPosition) {
      expect(
        count / single.length,
        `position ${position}: ${count} of ${single.length}`,
      ).toBeLessThanOrEqual(0.4);
    }
  });

  it('gives length no signal: the longest choice is right about as often as any choice', () => {
    const giveaways = items.filter(({ item }) => {
      const longest = uniqueLongest(item.choices);
      return longest !== undefined && item.answer.includes(longest);
    });
    const rate = giveaways.length / items.length;
    const list = `${giveaways.length} of ${items.length}:\n${giveaways.map((g) => g.where).join('\n')}`;
    // Never a shortcut: the longest choice is the right one in at most a third of the items.
    expect(rate, list).toBeLessThanOrEqual(1 / 3);
    // Nor a shortcut the other way ("never the longest"): it is right not much less often than a
    // choice picked at random would be.
    const chance =
      items.reduce((sum, { item }) => sum + item.answer.length / item.choices.length, 0) /
      items.length;
    expect(rate, list).toBeGreaterThanOrEqual(chance - 0.15);
  });

  it('varies how many options of a multi-select item are correct', () => {
    const counts = new Map<number, number>();
    for (const { item } of multi) {
      counts.set(item.answer.length, (counts.get(item.answer.length) ?? 0) + 1);
    }
    expect(counts.size, 'every multi-select item has the same number of answers').toBeGreaterThan(
      1,
    );
    // Not merely two counts with one exception: the usual count is at most two thirds of them.
    const usual = Math.max(...counts.values());
    expect(usual / multi.length, JSON.stringify([...counts])).toBeLessThanOrEqual(2 / 3);
  });

  it('asks questions that stand on their own, without "the demo" or "above"', () => {
    const pointing = items.filter(({ item }) => refersElsewhere[edition].test(item.prompt));
    expect(pointing.map((p) => `${p.where}: ${p.item.prompt}`)).toEqual([]);
  });
});
