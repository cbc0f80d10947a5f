import { describe, expect, it } from 'vitest';
import { recordDaily } from './daily';
import { recordHint } from './hints';
import { markSeen, recordAnswer, recordMock } from './schedule';
import { exportProgress, importProgress, readEnvelope, withoutUnknownExercises } from './transfer';
import { emptyProgress, type ProgressData } from './types';

const minute = 60_000;
const t0 = new Date('2026-03-01T09:00:00Z');
const quiz = 'quiz:attention-basics:why-scale';
const explain = 'explain:self-attention:main';

function sample(): ProgressData {
  let data = emptyProgress();
  data = markSeen(data, 'attention-basics', t0);
  data = recordAnswer(data, quiz, { correct: false }, t0);
  data = recordAnswer(data, explain, { correct: true, rating: 4 }, t0);
  return recordMock(data, {
    at: t0.getTime(),
    minutes: 15,
    topics: ['foundations'],
    score: 1,
    total: 2,
    byTopic: { foundations: { right: 1, total: 2 } },
    missed: [quiz],
  });
}

/** An envelope as the app writes it, with `data` replaced. */
const file = (data: unknown, version = 3) =>
  JSON.stringify({ app: 'attention-atlas', kind: 'progress', version, exportedAt: 1, data });

function refusal(text: string) {
  const result = importProgress(text, t0);
  if (result.ok) throw new Error('expected the import to be refused');
  return result;
}

describe('export and import', () => {
  it('gives back equal data', () => {
    const data = sample();
    const text = exportProgress(data, t0);
    expect(JSON.parse(text)).toMatchObject({
      app: 'attention-atlas',
      kind: 'progress',
      version: 3,
      exportedAt: t0.getTime(),
    });
    expect(importProgress(text)).toEqual({ ok: true, data });
  });

  it('migrates a version 1 file: cards from the last answers, questions seen', () => {
    const at = Date.UTC(2025, 5, 1, 12);
    const v1 = {
      app: 'attention-atlas',
      kind: 'progress',
      version: 1,
      data: {
        questions: {
          'attention-basics': { seen: true, attempts: 4, correct: 3, lastAt: at + 5 * minute },
          'self-attention': { seen: false, attempts: 1, correct: 0 },
          'multi-head-attention': { seen: false, attempts: 0, correct: 0 },
        },
        answers: {
          [quiz]: { correct: true, at },
          'bug:self-attention:mask-sign': { correct: false, at: at + minute },
        },
      },
    };
    const result = importProgress(JSON.stringify(v1), t0);
    if (!result.ok) throw new Error(result.detail);
    expect(result.migratedFrom).toBe(1);
    const { exercises, questions } = result.data;
    // Right counts as Good: a new card goes to the 10 minute step; wrong to the 1 minute step.
    expect(exercises[quiz]).toMatchObject({ attempts: 1, correct: 1, lastResult: 'right' });
    expect(exercises[quiz].card).toMatchObject({ due: at + 10 * minute, reps: 1, state: 1 });
    expect(exercises['bug:self-attention:mask-sign'].card.due).toBe(at + 2 * minute);
    expect(questions).toEqual({
      'attention-basics': { firstSeen: at + 5 * minute, lastSeen: at + 5 * minute },
      'self-attention': { firstSeen: at + minute, lastSeen: at + minute },
    });
  });

  it('keeps hints and the daily streak through export and import', () => {
    const drill = 'drill:attention-basics:masked-softmax';
    let data = recordHint(sample(), drill, 2, t0);
    data = recordDaily(data, quiz, true, '2026-02-28');
    data = recordDaily(data, quiz, false, '2026-03-01');
    const back = importProgress(exportProgress(data, t0));
    expect(back).toEqual({ ok: true, data });
    if (!back.ok) return;
    expect(back.data.daily).toMatchObject({ streak: 2, best: 2, lastDay: '2026-03-01' });
    expect(back.data.hints[drill]).toEqual({ level: 2, at: t0.getTime(), reveals: 1 });
  });

  it('migrates a version 2 file: no hints, no streak yet', () => {
    const v2: Record<string, unknown> = { ...sample(), version: 2 };
    delete v2.hints;
    delete v2.daily;
    const result = importProgress(file(v2, 2), t0);
    expect(result).toEqual({ ok: true, data: sample(), migratedFrom: 2 });
  });

  it('refuses a daily streak or hint that cannot be', () => {
    const data = recordDaily(sample(), quiz, true, '2026-03-01');
    const daily = data.daily!;
    const bad = [
      { ...daily, lastDay: '2026-02-30' },
      { ...daily, lastDay: '1 March' },
      { ...daily, streak: 0 },
      { ...daily, streak: 4, best: 3 },
      { ...daily, lastExercise: 'constructor' },
      { ...daily, extra: 1 },
    ];
    for (const wrong of bad) {
      expect(refusal(file({ ...data, daily: wrong }))).toMatchObject({
        reason: 'invalid',
        detail: expect.stringContaining('daily'),
      });
    }
    const hint = { level: 4, at: 1, reveals: 1 };
    expect(refusal(file({ ...data, hints: { [quiz]: hint } })).detail).toContain('hints');
    expect(refusal(file({ ...data, hints: { nope: { ...hint, level: 1 } } })).reason).toBe(
      'invalid',
    );
    expect(refusal(file({ ...data, daily: undefined })).reason).toBe('invalid');
  });

  it('refuses a version 1 file whose data does not fit version 1', () => {
    const bad = file({ questions: { 'attention-basics': { seen: 'yes' } } }, 1);
    expect(refusal(bad)).toMatchObject({ reason: 'invalid' });
  });

  it('refuses a file from a newer version of the app', () => {
    expect(refusal(file(sample().exercises, 4))).toMatchObject({ reason: 'too-new' });
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('progress, please').reason).toBe('not-json');
    expect(refusal('').reason).toBe('not-json');
  });

  it("refuses another app's JSON", () => {
    expect(refusal('{"app":"other","kind":"progress","version":2,"data":{}}').reason).toBe(
      'not-ours',
    );
    expect(refusal('{"app":"attention-atlas","kind":"settings","version":2}').reason).toBe(
      'not-ours',
    );
    expect(refusal('[1,2,3]').reason).toBe('not-ours');
    expect(refusal('null').reason).toBe('not-ours');
  });

  it('refuses wrong types, naming where', () => {
    const data = sample();
    const wrong = JSON.parse(exportProgress(data, t0));
    wrong.data.exercises[quiz].attempts = '2';
    expect(refusal(JSON.stringify(wrong))).toEqual({
      ok: false,
      reason: 'invalid',
      detail: expect.stringContaining(`exercises.${quiz}.attempts`),
    });
    expect(refusal(file({ ...data, mocks: {} })).reason).toBe('invalid');
    expect(refusal(file({ ...data, extra: true })).reason).toBe('invalid');
    expect(refusal(file(data, 1.5)).reason).toBe('invalid');
    expect(refusal(file(data, 0)).reason).toBe('invalid');
  });

  it('refuses negative, infinite and impossible numbers', () => {
    const data = sample();
    const withCard = (patch: object) => ({
      ...data,
      exercises: {
        [quiz]: { ...data.exercises[quiz], card: { ...data.exercises[quiz].card, ...patch } },
      },
    });
    expect(refusal(file(withCard({ due: -1 }))).reason).toBe('invalid');
    expect(refusal(file(withCard({ stability: -0.5 }))).reason).toBe('invalid');
    expect(refusal(file(withCard({ state: 7 }))).reason).toBe('invalid');
    // JSON has no NaN or Infinity, but 1e400 parses to Infinity.
    expect(refusal(file(withCard({ due: 1 })).replace('"due":1', '"due":1e400')).reason).toBe(
      'invalid',
    );
    const more = { ...data.exercises[quiz], attempts: 1, correct: 2 };
    expect(refusal(file({ ...data, exercises: { [quiz]: more } })).reason).toBe('invalid');
    // NaN can only arrive through a value that was never JSON, such as a damaged store.
    const nan = {
      app: 'attention-atlas',
      kind: 'progress',
      version: 3,
      data: withCard({ due: NaN }),
    };
    expect(readEnvelope(nan)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses __proto__ and other prototype keys without polluting Object.prototype', () => {
    const data = sample();
    const record = JSON.stringify(data.exercises[quiz]);
    const texts = [
      `{"__proto__":{"polluted":true},"app":"attention-atlas","kind":"progress","version":3,"data":${JSON.stringify(data)}}`,
      file(data).replace('"exercises":{', `"exercises":{"__proto__":${record},`),
      file(data).replace('"questions":{', '"questions":{"__proto__":{"polluted":true},'),
      file(data).replace(
        '"questions":{',
        '"questions":{"constructor":{"firstSeen":1,"lastSeen":2},',
      ),
      file(data).replace('"data":{', '"data":{"__proto__":{"polluted":true},'),
      file(data).replace('"byTopic":{', '"byTopic":{"__proto__":{"right":1,"total":1},'),
    ];
    for (const text of texts) {
      expect(importProgress(text, t0)).toMatchObject({
        ok: false,
        reason: 'invalid',
        detail: expect.stringMatching(/(__proto__|constructor): key not allowed$/),
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses absurdly deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = file('DEEP').replace('"DEEP"', deep);
    expect(refusal(text)).toMatchObject({
      reason: 'invalid',
      detail: expect.stringContaining('nested too deeply'),
    });
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"app":"attention-atlas","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`;
    expect(refusal(huge)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses more exercises than the limit', () => {
    const card = sample().exercises[quiz];
    const exercises: Record<string, unknown> = {};
    for (let i = 0; i <= 10_000; i++) exercises[`quiz:attention-basics:item-${i}`] = card;
    const result = refusal(file({ ...emptyProgress(), exercises }));
    expect(result).toMatchObject({ reason: 'invalid', detail: expect.stringContaining('10000') });
  });
});

describe('withoutUnknownExercises', () => {
  const at = new Date('2026-03-01T09:00:00Z');
  const known = 'quiz:attention-basics:why-scale';
  const unknown = 'quiz:no-such-question:item';

  it('drops the records and hints of exercises the site does not have', () => {
    let data = recordAnswer(emptyProgress(), known, { correct: true }, at);
    data = recordAnswer(data, unknown, { correct: false }, at);
    data = recordHint(data, unknown, 1, at);
    const result = withoutUnknownExercises(data, (id) => id === known);
    expect(result.dropped).toEqual([unknown]);
    expect(Object.keys(result.data.exercises)).toEqual([known]);
    expect(result.data.hints).toEqual({});
  });

  it('returns the same data when every exercise is known', () => {
    const data = recordAnswer(emptyProgress(), known, { correct: true }, at);
    expect(withoutUnknownExercises(data, () => true)).toEqual({ data, dropped: [] });
  });
});
