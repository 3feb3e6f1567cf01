// What the popup and the history page show of an engagement (issue #13 item 7: what they show for
// a page must never decrease). Lists show the tracker's banked time for the engagement under way,
// and the tracker may take some of it back later: a page that says it went hidden before the
// tracker heard of the switch (hidden-late.ts) loses what its tab counted after that, at most
// MAX_EVENT_LAG_MS (3 s). (An in-page route change no longer leads to a take-back when the page says
// so at once: page-reports.ts.) So a list never shows less than it showed before: the most shown of
// each engagement under way is kept (storage.session, background/shown-floors.ts). That figure is
// the list's only: the record, and what Graph gets, keep the time as banked.

/** The most a list showed of an engagement (its GUID the key), and of which page. */
export interface ShownFloor {
  appActivityId: string;
  /** ms */
  shownMs: number;
}

/** What lists showed of engagements under way, by engagement GUID, oldest first. */
export type ShownFloors = Record<string, ShownFloor>;

/**
 * At most this many floors are kept, the newest: a floor matters only for an engagement a
 * take-back lowered after it was shown, a few seconds' difference, so an old one may go.
 */
export const MAX_SHOWN_FLOORS = 64;

/** A history item as the store holds it: `id` is its engagement's GUID, `activeMs` in ms. */
export interface ShownItem {
  id: string;
  appActivityId: string;
  activeMs: number;
}

/** Floors read back from storage: anything not of that shape is dropped (a safe empty default). */
export function parseShownFloors(raw: unknown): ShownFloors {
  const floors: ShownFloors = {};
  if (typeof raw !== 'object' || raw === null) return floors;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const floor = value as Partial<ShownFloor> | null;
    if (typeof floor?.appActivityId !== 'string') continue;
    if (typeof floor.shownMs !== 'number' || !Number.isFinite(floor.shownMs)) continue;
    floors[id] = { appActivityId: floor.appActivityId, shownMs: Math.max(0, floor.shownMs) };
  }
  return floors;
}

/**
 * What a list shows for `item`: the banked time of the engagement under way (`liveMs`, when the
 * item is that one; the store may not hold all of it yet), else the stored time; and never less
 * than a list showed of that engagement before (`floors`).
 */
export function shownItemMs(
  floors: ShownFloors,
  item: ShownItem,
  liveMs: number | null = null,
): number {
  const current = liveMs === null ? item.activeMs : Math.max(liveMs, item.activeMs);
  return Math.max(current, floors[item.id]?.shownMs ?? 0);
}

/**
 * `floors` once a list showed `shown` (ms) of `item`, an engagement under way: the higher of the
 * two kept, moved to the newest; at most MAX_SHOWN_FLOORS, the oldest dropped. The same object
 * when nothing changed (no write needed).
 */
export function rememberShown(floors: ShownFloors, item: ShownItem, shown: number): ShownFloors {
  const before = floors[item.id];
  if (before && before.shownMs >= shown) return floors;
  const next: ShownFloors = {};
  const kept = Object.entries(floors).filter(([id]) => id !== item.id);
  for (const [id, floor] of kept.slice(-(MAX_SHOWN_FLOORS - 1))) next[id] = floor;
  next[item.id] = { appActivityId: item.appActivityId, shownMs: shown };
  return next;
}
