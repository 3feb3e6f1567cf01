import { describe, expect, it } from 'vitest';
import { historyKeptSafe } from './storage-safety';

const yes = () => Promise.resolve(true);
const no = () => Promise.resolve(false);
const fails = () => Promise.reject(new Error('not allowed'));

describe('historyKeptSafe', () => {
  it.each([
    ['Chromium: persist() says no, unlimitedStorage held', no, yes, true],
    ['Firefox: persist() granted', yes, yes, true],
    ['persist() granted without the permission', yes, no, true],
    ['neither', no, no, false],
    ['persist() throws, the permission held', fails, yes, true],
    ['both checks fail', fails, fails, false],
  ])('%s', async (_name, persist, unlimitedStorage, safe) => {
    expect(await historyKeptSafe({ persist, unlimitedStorage })).toBe(safe);
  });
});
