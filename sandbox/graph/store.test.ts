import { describe, expect, it } from 'vitest';
import { instantFromMs, type Instant } from './datetime';
import { ActivityStore, EXPIRY_DAYS } from './store';
import type { ActivityInput, HistoryItemInput } from './validate';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const at = (days: number): Instant => instantFromMs(T0 + days * DAY);

function input(id: string, items: HistoryItemInput[] = []): ActivityInput {
  return {
    appActivityId: id,
    activitySourceHost: 'https://example.test',
    activationUrl: `https://example.test/${id}`,
    visualElements: { displayText: id },
    historyItems: items,
  };
}

const item = (id: string, expiresOnDay?: number): HistoryItemInput => ({
  id,
  startedDateTime: at(0),
  lastActiveDateTime: at(0),
  ...(expiresOnDay === undefined ? {} : { expirationDateTime: at(expiresOnDay) }),
});

/** What the user holds on `day`: each activity's id with its history item ids. */
function held(store: ActivityStore, day: number): string[] {
  return store
    .listAll('ann', at(day))
    .map(
      (activity) =>
        `${activity.fields.appActivityId}[${[...activity.historyItems.keys()].join(',')}]`,
    )
    .sort();
}

describe('ActivityStore expiry (Graph expires activities and items after ~30 days)', () => {
  it.each([
    ['a day before its expiry it is kept', EXPIRY_DAYS - 1, ['a[i1]']],
    ['on its expiry it is gone', EXPIRY_DAYS, []],
  ])('an activity written once: %s', (_case, day, expected) => {
    const store = new ActivityStore();
    store.putActivity('ann', 'app', input('a', [item('i1')]), at(0));
    expect(held(store, 1)).toEqual(['a[i1]']);
    expect(held(store, day)).toEqual(expected);
  });

  it.each([
    // Each read looks again once an expiry may have come, not only at the first one noted.
    ['before the item expires', 4, ['a[i1,i2]', 'b[]']],
    ['the item with a client-set expiry goes alone', 5, ['a[i2]', 'b[]']],
    ['b, not renewed, goes at its expiry', EXPIRY_DAYS + 1, ['a[i2]']],
    ['a, renewed by a PUT on day 20, stays until 30 days later', EXPIRY_DAYS + 19, ['a[i2]']],
    ['a goes at its renewed expiry', EXPIRY_DAYS + 20, []],
  ])('%s (day %i)', (_case, day, expected) => {
    const store = new ActivityStore();
    store.putActivity('ann', 'app', input('a', [item('i1', 5), item('i2')]), at(0));
    store.putActivity('ann', 'app', input('b'), at(1));
    expect(held(store, 2)).toEqual(['a[i1,i2]', 'b[]']);
    if (day > 20) store.putActivity('ann', 'app', input('a', [item('i2')]), at(20));
    expect(held(store, day)).toEqual(expected);
  });

  it('an item written with an expiry already past is dropped at the next read', () => {
    const store = new ActivityStore();
    store.putActivity('ann', 'app', input('a', [item('i1')]), at(0));
    expect(held(store, 3)).toEqual(['a[i1]']);
    store.putActivity('ann', 'app', input('a', [item('i2', 2)]), at(3));
    expect(held(store, 3)).toEqual(['a[i1]']);
  });
});
