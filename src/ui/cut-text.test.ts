import { describe, expect, it } from 'vitest';
import { keptLength, pointAt } from './cut-text';

// Every character 1 wide, the ellipsis 1: a box of `room` shows room - 1 characters and "…".
const mono = (length: number): number => length;

describe('keptLength', () => {
  it.each([
    // A cut at a space drops it: "The Slow…", not "The Slow …".
    ['The Slow Kitchen', 10, 'The Slow'],
    ['The Slow Kitchen', 11, 'The Slow K'],
    // Spaces before the cut, however many, go too.
    ['example.co   review', 14, 'example.co'],
    ['news-from-a-long-site.example', 4, 'new'],
    // No room for a letter and the ellipsis: nothing kept ("…" alone).
    ['abc', 1, ''],
  ])('%j in %i: %j', (text, room, kept) => {
    expect(text.slice(0, keptLength(text, mono, room, 1))).toBe(kept);
  });

  it('never splits a grapheme (an accent, an emoji)', () => {
    const text = 'Cafe\u0301 👩‍🍳 notes';
    const kept = text.slice(0, keptLength(text, mono, 7, 1));
    expect(kept).toBe('Cafe\u0301');
  });
});

describe('pointAt', () => {
  it.each([
    // "Slow " + "cook" (marked) + "ing tips": texts of 5, 4 and 8.
    [0, { index: 0, offset: 0 }],
    [3, { index: 0, offset: 3 }],
    // A boundary falls at the end of the earlier text, so a cut there leaves out the mark.
    [5, { index: 0, offset: 5 }],
    [6, { index: 1, offset: 1 }],
    [9, { index: 1, offset: 4 }],
    [10, { index: 2, offset: 1 }],
    [17, { index: 2, offset: 8 }],
    [40, { index: 2, offset: 8 }],
  ])('offset %i', (offset, point) => {
    expect(pointAt([5, 4, 8], offset)).toEqual(point);
  });

  it('has no point in no text', () => {
    expect(pointAt([], 3)).toBeNull();
  });
});
