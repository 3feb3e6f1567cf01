import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from './schema';
import { searchKeysOf, withSearchKeys } from './search-keys';

const base: ActivityRecord = {
  appActivityId: 'a',
  firstSeenAt: 1,
  metadata: {
    appActivityId: 'a',
    url: 'https://example.test/a',
    title: 'Tide tables',
    type: 'Article',
    authors: [],
    keywords: [],
  },
};

describe('searchKeysOf', () => {
  it.each([
    [
      'a read page: one key per term, at its last read',
      { lastActiveAt: 50, searchTerms: ['tide', 'tables'] },
      [
        ['tide', 50],
        ['tables', 50],
      ],
    ],
    ['a page never read: none', { searchTerms: ['tide'] }, undefined],
    ['a read page without terms: none', { lastActiveAt: 50, searchTerms: [] }, undefined],
  ] as const)('%s', (_, fields, expected) => {
    expect(searchKeysOf({ ...base, ...fields, searchTerms: [...fields.searchTerms] })).toEqual(
      expected,
    );
  });
});

describe('withSearchKeys', () => {
  it('follows a new last read time', () => {
    const before = withSearchKeys({ ...base, lastActiveAt: 10, searchTerms: ['tide'] });
    expect(withSearchKeys({ ...before, lastActiveAt: 20 }).searchKeys).toEqual([['tide', 20]]);
  });

  it('drops stale keys of a page whose engagements are all gone', () => {
    const read = withSearchKeys({ ...base, lastActiveAt: 10, searchTerms: ['tide'] });
    const { lastActiveAt: _gone, ...unread } = read;
    expect(withSearchKeys(unread)).not.toHaveProperty('searchKeys');
  });
});
