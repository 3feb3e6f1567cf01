import { describe, expect, it } from 'vitest';
import { chooseWindow } from './sync-window';

describe('chooseWindow', () => {
  // Read a0 (oldest) … a5 (newest); n0, n1 never read; a3 and a5 and n1 are held back.
  const keys = {
    flagged: ['n0', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'n1'],
    byRecency: ['a0', 'x', 'a1', 'a2', 'a3', 'a4', 'a5', 'y'],
    held: new Set(['a3', 'a5', 'n1']),
  };

  it('takes the pages that can go first, newest first, then never read, before any held', () => {
    expect(chooseWindow(keys, 5)).toEqual(['a4', 'a2', 'a1', 'a0', 'n0']);
  });

  it('lets held pages fill only the room left, in the same order', () => {
    expect(chooseWindow(keys, 8)).toEqual(['a4', 'a2', 'a1', 'a0', 'n0', 'a5', 'a3', 'n1']);
    expect(chooseWindow(keys, 6)).toEqual(['a4', 'a2', 'a1', 'a0', 'n0', 'a5']);
  });

  it('keeps to the most recent when the pages that can go fill it', () => {
    expect(chooseWindow(keys, 2)).toEqual(['a4', 'a2']);
    expect(chooseWindow({ ...keys, held: new Set() }, 3)).toEqual(['a5', 'a4', 'a3']);
  });
});
