import { describe, expect, it } from 'vitest';
import { exerciseId, parseExerciseId } from './ids';

describe('exercise ids', () => {
  it('joins kind, slug and item with colons, and splits them back', () => {
    const id = exerciseId('drill', 'scaled-dot-product-attention', 'causal-attention');
    expect(id).toBe('drill:scaled-dot-product-attention:causal-attention');
    expect(parseExerciseId(id)).toEqual({
      kind: 'drill',
      slug: 'scaled-dot-product-attention',
      itemId: 'causal-attention',
    });
    expect(parseExerciseId('explain:self-attention:main')?.kind).toBe('explain');
  });

  it.each([
    ['an unknown kind', 'essay:self-attention:main'],
    ['a missing part', 'quiz:self-attention'],
    ['an extra part', 'quiz:self-attention:a:b'],
    ['an uppercase slug', 'quiz:Self-Attention:a'],
    ['a reserved slug', 'quiz:constructor:a'],
    ['a reserved item', 'quiz:self-attention:__proto__'],
    ['an empty item', 'quiz:self-attention:'],
    ['a too long id', `quiz:${'a'.repeat(300)}:b`],
  ])('refuses %s', (_, id) => {
    expect(parseExerciseId(id)).toBeNull();
  });

  it('throws, naming the bad part, when building from bad parts', () => {
    expect(() => exerciseId('quiz', 'Not A Slug', 'x')).toThrow(/exerciseId: "Not A Slug"/);
    expect(() => exerciseId('quiz', 'a', 'has:colon')).toThrow(/not an item id/);
    // @ts-expect-error: an unknown kind is also caught at run time
    expect(() => exerciseId('essay', 'a', 'b')).toThrow(/unknown kind "essay"/);
  });
});
