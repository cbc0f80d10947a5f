import { describe, expect, it } from 'vitest';
import { dailyPick } from '@/lib/progress/daily';
import { dailyBank } from './dailyBank';
import { practiceBank } from './practiceBank';

describe('dailyBank', () => {
  const en = dailyBank(practiceBank('en'));
  const zh = dailyBank(practiceBank('zh'));

  it('holds every multiple-choice item of the practice bank and nothing else', () => {
    const quizIds = practiceBank('en')
      .exercises.filter((e) => e.kind === 'quiz')
      .map((e) => e.id);
    expect(en.items.map((i) => i.id)).toEqual(quizIds);
    expect(en.items.length).toBeGreaterThan(30);
    for (const { id, slug } of en.items) expect(id.startsWith(`quiz:${slug}:`)).toBe(true);
  });

  it('gives both languages the same question on the same day', () => {
    expect(zh.items.map((i) => i.id).sort()).toEqual(en.items.map((i) => i.id).sort());
    const day = '2026-03-01';
    expect(
      dailyPick(
        zh.items.map((i) => i.id),
        day,
      ),
    ).toBe(
      dailyPick(
        en.items.map((i) => i.id),
        day,
      ),
    );
  });
});
