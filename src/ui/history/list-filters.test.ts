import { describe, expect, it } from 'vitest';
import { newestWanted } from './list-filters';

describe('"Back to newest"', () => {
  it.each<[string, string, number, boolean]>([
    ['at the newest', '', 0, false],
    ['scrolled less than a screen', '', 599, false],
    ['a screen down', '', 600, true],
    ['far down', '', 48_000, true],
    ['after a date jump, at its top', '11/02/2026', 0, true],
    ['a jump field of spaces', '   ', 0, false],
  ])('%s (jump "%s", scrolled %d px): shown %s', (_case, jump, scrollTop, shown) => {
    expect(newestWanted(jump, scrollTop, 600)).toBe(shown);
  });

  it('is not shown for a list out of view (the charts view: a view 0 px high)', () => {
    expect(newestWanted('', 0, 0)).toBe(false);
  });
});
