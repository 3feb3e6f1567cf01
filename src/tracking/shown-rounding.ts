// Reading times as lists show them (review newuser item 6: "reading times don't add up"). A row's
// time is rounded to the unit it is shown in (whole seconds under a minute, whole minutes from
// there: ui/format.ts formatDuration), so a total of the exact sum disagreed with its rows: eight
// rows showing 8 + 7 × 7 = 57 s under a day heading of "54 sec read", two rows of 90 s each
// shown as "2 min" under a total of "3 min".
//
// The fix chosen: every total shown is the sum of its rows' times *as shown* (each engagement
// rounded once, `roundShown`), then formatted. Totals in the rows' own unit then add up exactly
// (57 s; 2 + 2 = 4 min; minutes add up under hours). Only where the total changes unit (seconds
// rows under a minutes total) does it round again, as any sum written in a coarser unit must.
// A finer format (tenths of seconds, "1 min 12 sec") was the other choice: it would make every
// row harder to read to save a rounding few users add up. The records and Graph keep exact ms;
// only the figures lists show are rounded.

/**
 * The time a list shows for `ms` of reading, as ms: whole seconds under a minute (4,400 → 4,000),
 * whole minutes from 59.5 s (90,000 → 120,000, 3,870,000 → 3,900,000: "1 hr 5 min"); negative
 * input is 0. `ui/format.ts formatDuration` writes exactly this value.
 */
export function roundShown(ms: number): number {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60 ? seconds * 1000 : Math.round(seconds / 60) * 60_000;
}

/**
 * A total as lists show it: the sum of each part's shown time (`roundShown`), so it adds up with
 * the rows under it. Parts are ms (engagements, not pages: the rows the history list shows).
 */
export function sumShown(parts: Iterable<number>): number {
  let total = 0;
  for (const ms of parts) total += roundShown(ms);
  return total;
}
