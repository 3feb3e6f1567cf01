import { describe, expect, it } from 'vitest';
import { readingProgress, scrollTopForProgress } from './progress';

describe('readingProgress', () => {
  it.each([
    // rootTop, rootHeight, viewport → %
    [800, 4000, 800, 0], // article starts at the bottom edge: nothing read
    [0, 4000, 800, 20], // top of the article at the top of the window
    [-1200, 4000, 800, 50],
    [-3200, 4000, 800, 100], // bottom of the article at the bottom edge
    [-5000, 4000, 800, 100], // scrolled past (comments below)
    [100, 500, 800, 100], // short article wholly in view
    [0, 0, 800, 0], // nothing laid out
  ])('top %i, height %i, viewport %i → %i %%', (top, height, viewport, expected) => {
    expect(readingProgress(top, height, viewport)).toBe(expected);
  });

  it('is the inverse of scrollTopForProgress', () => {
    const offset = 300;
    for (const progress of [25, 50, 80]) {
      const scrollY = scrollTopForProgress(progress, offset, 4000, 800);
      expect(readingProgress(offset - scrollY, 4000, 800)).toBe(progress);
    }
  });
});
