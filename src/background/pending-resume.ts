import { parseReadingPosition, type ReadingPosition } from '../activity/text-fragment';

/**
 * Where a tab the worker opened to resume a page is to be scrolled once that page is read there.
 * Firefox takes the text fragment (`#:~:text=`) off the address of a tab an add-on opens
 * (`tabs.create`) but does not scroll to it (issue #18), and a browser without text fragments
 * never does: the worker keeps the position per tab and sends it with the tab's first
 * `page-loaded` for the same page (content-handlers.ts).
 */
export interface PendingResume {
  appActivityId: string;
  position: ReadingPosition;
  /** When the tab was opened (epoch ms). */
  at: number;
}

/** Pending positions by tab id (a string key: it is stored as JSON in storage.session). */
export type PendingResumes = Readonly<Record<string, PendingResume>>;

/**
 * Bounds: at most `maxTabs` tabs wait (the oldest goes first), each for `ttlMs`. A page is read
 * (and reported) after a few seconds of attention, so a tab opened and left in the background
 * still gets its position when the reader comes to it, within the half hour. Tab ids are not
 * reused within a browser session, so an entry of a closed tab is harmless until it expires.
 */
export const PENDING_RESUME_LIMITS = { maxTabs: 8, ttlMs: 30 * 60_000 } as const;

function fresh(pending: PendingResumes, now: number): [string, PendingResume][] {
  return Object.entries(pending).filter(
    ([, entry]) => entry.at <= now && now - entry.at < PENDING_RESUME_LIMITS.ttlMs,
  );
}

/** `pending` with the tab's position added (replacing any earlier one), expired entries dropped. */
export function rememberResume(
  pending: PendingResumes,
  tabId: number,
  appActivityId: string,
  position: ReadingPosition,
  now: number,
): PendingResumes {
  const kept = fresh(pending, now)
    .filter(([id]) => id !== String(tabId))
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, PENDING_RESUME_LIMITS.maxTabs - 1);
  return Object.fromEntries([...kept, [String(tabId), { appActivityId, position, at: now }]]);
}

/**
 * What a tab that reported `appActivityId` is to be scrolled to (null when nothing waits for that
 * page there), and `pending` without that tab: whatever page it reported, its entry is used up
 * (another page means the tab has navigated elsewhere; the same page is scrolled only once).
 */
export function takeResume(
  pending: PendingResumes,
  tabId: number,
  appActivityId: string,
  now: number,
): { position: ReadingPosition | null; pending: PendingResumes } {
  const entries = fresh(pending, now);
  const mine = entries.find(([id]) => id === String(tabId))?.[1];
  return {
    position: mine?.appActivityId === appActivityId ? mine.position : null,
    pending: Object.fromEntries(entries.filter(([id]) => id !== String(tabId))),
  };
}

/** The pending positions stored in `raw`; anything malformed is left out (never throws). */
export function parsePendingResumes(raw: unknown): PendingResumes {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const valid: [string, PendingResume][] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^\d{1,10}$/.test(id) || typeof value !== 'object' || value === null) continue;
    const { appActivityId, position, at } = value as Record<string, unknown>;
    const parsed = parseReadingPosition(position);
    if (typeof appActivityId !== 'string' || !parsed || typeof at !== 'number') continue;
    if (!Number.isFinite(at)) continue;
    valid.push([id, { appActivityId, position: parsed, at }]);
  }
  return Object.fromEntries(valid);
}
