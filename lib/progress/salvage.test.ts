import { describe, expect, it } from 'vitest';
import { recordAnswer, recordMock } from './schedule';
import { salvageData, salvageEnvelope } from './salvage';
import { emptyProgress } from './types';

const at = new Date('2026-03-01T09:00:00Z');
const good = 'quiz:attention-basics:why-scale';

describe('salvage', () => {
  it('keeps each valid record and names each one left out', () => {
    const data = recordAnswer(emptyProgress(), good, { correct: true }, at);
    const raw = {
      ...data,
      exercises: { ...data.exercises, 'not an id': data.exercises[good] },
      questions: { 'attention-basics': { firstSeen: 5, lastSeen: 1 } },
      mocks: [{ nonsense: true }],
      daily: { lastDay: 'yesterday' },
    };
    const result = salvageData(raw);
    expect(result?.data).toEqual(data);
    expect(result?.dropped.sort()).toEqual(
      ['daily', 'exercises.not an id', 'mocks.0', 'questions.attention-basics'].sort(),
    );
  });

  it('keeps valid mocks', () => {
    const data = recordMock(emptyProgress(), {
      at: at.getTime(),
      minutes: 20,
      topics: [],
      score: 1,
      total: 2,
      byTopic: {},
      missed: [],
    });
    expect(salvageData(data)).toEqual({ data, dropped: [] });
  });

  it('migrates an older envelope first; reads nothing from a newer or foreign one', () => {
    const v2 = { app: 'attention-atlas', kind: 'progress', version: 2, data: { exercises: 7 } };
    expect(salvageEnvelope(v2)).toEqual({ data: emptyProgress(), dropped: ['exercises'] });
    expect(salvageEnvelope({ ...v2, version: 4 })).toBeNull();
    expect(salvageEnvelope({ ...v2, app: 'other' })).toBeNull();
    expect(salvageEnvelope('garbage')).toBeNull();
  });
});
