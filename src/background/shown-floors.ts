// The time lists show (tracking/shown-time.ts), with the most shown of each engagement under way
// kept in storage.session: a killed worker keeps it, a browser quit forgets it.
import {
  parseShownFloors,
  rememberShown,
  shownItemMs,
  type ShownFloors,
  type ShownItem,
} from '../tracking/shown-time';
import type { TrackerState } from '../tracking/engagement-types';
import { roundShown } from '../tracking/shown-rounding';
import type { BackgroundContext } from './context';

/** The storage.session key of the floors. */
export const SHOWN_FLOORS_KEY = 'shownFloors';

/** One list's figures: `of` each item it shows, then `save` once. */
export interface ShownTimes {
  /** What the list shows for a stored history item (see shownItemMs). */
  of(item: ShownItem): number;
  /**
   * What the list shows more than the store holds for the page `appActivityId` (ms), both as rows
   * show them (roundShown, as page totals are summed: store/page-rows.ts totalsOf): the engagement
   * under way's banked time and any floor, over their stored copies (`stored` reads one from the
   * store by GUID; a missing one counts nothing). For lists of pages, not items.
   */
  pageExtra(
    appActivityId: string,
    stored: (id: string) => Promise<ShownItem | undefined>,
  ): Promise<number>;
  /**
   * The stored items a list shows more of than the store holds (those with a floor, and the
   * engagement under way), each with that extra (ms); `stored` reads one by GUID. For totals over
   * ranges, which must equal the sum of the rows shown.
   */
  raised<T extends ShownItem>(
    stored: (id: string) => Promise<T | undefined>,
  ): Promise<(readonly [T, number])[]>;
  /** Keeps what this list showed of engagements under way. */
  save(): Promise<void>;
}

// Saves run one after another (each reads, merges and writes the key): two lists at once lose
// nothing.
let saving: Promise<unknown> = Promise.resolve();

/** Figures for one list, over what the tracker holds now and the floors kept so far. */
export async function shownTimes(context: {
  session: Pick<BackgroundContext['session'], 'get' | 'set'>;
  tracker: { readonly current: TrackerState };
}): Promise<ShownTimes> {
  const { session } = context;
  const state = context.tracker.current;
  const floors = parseShownFloors((await session.get(SHOWN_FLOORS_KEY))[SHOWN_FLOORS_KEY]);
  const shown: [ShownItem, number][] = [];
  const of = (item: ShownItem): number => {
    const live = state.engagements[item.appActivityId];
    const isLive = live?.id === item.id;
    const ms = shownItemMs(floors, item, isLive ? live.activeMs : null);
    if (isLive) shown.push([item, ms]);
    return ms;
  };
  return {
    of,
    async pageExtra(appActivityId, stored) {
      const ids = Object.entries(floors)
        .filter(([, floor]) => floor.appActivityId === appActivityId)
        .map(([id]) => id);
      const live = state.engagements[appActivityId];
      if (live && !ids.includes(live.id)) ids.push(live.id);
      const items = await Promise.all(ids.map(stored));
      return items.reduce(
        (sum, item) => (item ? sum + roundShown(of(item)) - roundShown(item.activeMs) : sum),
        0,
      );
    },
    async raised(stored) {
      const live = Object.values(state.engagements).map((e) => e.id);
      const ids = [...new Set([...Object.keys(floors), ...live])];
      const items = await Promise.all(ids.map(stored));
      return items.flatMap((item) => {
        const extra = item ? of(item) - item.activeMs : 0;
        return item && extra > 0 ? [[item, extra] as const] : [];
      });
    },
    save() {
      if (shown.length === 0) return Promise.resolve();
      const run = saving.then(async () => {
        const now = parseShownFloors((await session.get(SHOWN_FLOORS_KEY))[SHOWN_FLOORS_KEY]);
        let next: ShownFloors = now;
        for (const [item, ms] of shown) next = rememberShown(next, item, ms);
        if (next !== now) await session.set({ [SHOWN_FLOORS_KEY]: next });
      });
      saving = run.catch(() => undefined);
      return run;
    },
  };
}

/** `items` at what the list shows of each (`times.of`); the same array when none changed. */
export function withShownTime<T extends ShownItem>(times: ShownTimes, items: T[]): T[] {
  const shown = items.map((item) => {
    const ms = times.of(item);
    return ms === item.activeMs ? item : { ...item, activeMs: ms };
  });
  return shown.some((item, i) => item !== items[i]) ? shown : items;
}
