import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTimelineDb, type Db } from '../store/db';
import { loadPendingDeletions } from '../store/deletion-store';
import { TRACKER_STATE_KEY } from '../store/schema';
import { initialTrackerState } from '../tracking/engagement';
import { createDeletionRunner, DELETION_ALARM, UNDO_WINDOW_MS } from './deletion-runner';

const NOW = Date.UTC(2026, 10, 29, 12);
let db: Db;
let count = 0;
let now = NOW;
let alarm: number | null = null;
let applied: boolean[] = [];
/** What the runner told the tracker and sync, in order. */
let told: string[] = [];
/** The notes open pages were given (their kinds), in order. */
let notes: string[] = [];

function runner() {
  return createDeletionRunner({
    db,
    alarms: {
      create: (name, info) => {
        expect(name).toBe(DELETION_ALARM);
        alarm = info.when;
        return Promise.resolve();
      },
      clear: () => {
        alarm = null;
        return Promise.resolve(true);
      },
    },
    now: () => now,
    newId: () => `d${String(++count)}`,
    afterApply: (alsoTimeline) => {
      applied.push(alsoTimeline);
      told.push(`sync, also Graph: ${String(alsoTimeline)}`);
    },
    forgetReadings: (deleted) => {
      told.push(`forget ${deleted.map((d) => `${d.id} asked at ${String(d.askedAt)}`).join()}`);
      return Promise.resolve();
    },
    changed: (note) => {
      notes.push(note.kind);
      return Promise.resolve();
    },
  });
}

async function seedPublishedPage(): Promise<void> {
  const url = 'https://example.test/a';
  await db.put('activities', {
    appActivityId: url,
    metadata: { url, appActivityId: url, title: 'A', type: 'Article', authors: [], keywords: [] },
    firstSeenAt: NOW - 60_000,
    lastActiveAt: NOW - 30_000,
    sync: { serverId: 'srv-a' },
  });
  await db.put('historyItems', {
    id: 'i1',
    appActivityId: url,
    startedAt: NOW - 60_000,
    lastActiveAt: NOW - 30_000,
    activeMs: 30_000,
    userTimezone: 'UTC',
    ended: true,
  });
}

beforeEach(async () => {
  db = await openTimelineDb(`deletion-runner-${String(++count)}`);
  now = NOW;
  alarm = null;
  applied = [];
  told = [];
  notes = [];
  await seedPublishedPage();
});
afterEach(() => {
  db.close();
});

describe('deletion runner', () => {
  it('deletes nothing and queues nothing for Graph before the undo window has passed', async () => {
    const deletions = runner();
    const scheduled = await deletions.schedule({ from: 0, to: NOW }, true);
    expect(scheduled).toMatchObject({ pages: 1, published: 1, notBefore: NOW + UNDO_WINDOW_MS });
    expect(alarm).toBe(NOW + UNDO_WINDOW_MS);
    now = NOW + UNDO_WINDOW_MS - 1;
    expect(await deletions.applyDue()).toBe(0);
    expect(await db.count('activities')).toBe(1);
    expect(await db.count('tombstones')).toBe(0);
  });

  it('undo within the window leaves everything as it was, even for a worker started afresh', async () => {
    const scheduled = await runner().schedule({ from: 0, to: NOW }, true);
    now = NOW + 1_000;
    // A new runner: the worker was stopped and woken during the window.
    expect(await runner().cancel(scheduled.deletionId)).toBe(true);
    expect(alarm).toBeNull();
    now = NOW + 60_000;
    expect(await runner().applyDue()).toBe(0);
    expect(await db.count('activities')).toBe(1);
    expect(await db.count('tombstones')).toBe(0);
    expect(applied).toEqual([]);
  });

  it('applies once the window has passed, after which undo is refused; applying again finds nothing', async () => {
    const deletions = runner();
    const scheduled = await deletions.schedule({ from: 0, to: NOW }, true);
    now = NOW + UNDO_WINDOW_MS;
    expect(await deletions.cancel(scheduled.deletionId)).toBe(false);
    expect(await runner().applyDue()).toBe(1);
    expect(await db.count('activities')).toBe(0);
    expect(await db.getAll('tombstones')).toMatchObject([{ kind: 'activity', serverId: 'srv-a' }]);
    expect(applied).toEqual([true]);
    expect(await loadPendingDeletions(db)).toEqual([]);
    expect(await runner().applyDue()).toBe(0);
  });

  it('hides a page it would delete whole, and holds back its sync, while pending', async () => {
    const deletions = runner();
    expect(await deletions.effects()).toBeNull();
    await deletions.schedule(
      { from: 0, to: NOW, appActivityIds: ['https://example.test/a'] },
      true,
    );
    const effects = await deletions.effects();
    const record = await db.get('activities', 'https://example.test/a');
    const items = await db.getAll('historyItems');
    expect(record && effects?.(record, items)).toBe('hidden');
  });

  it('never reaches what is read after it was asked for', async () => {
    const deletions = runner();
    await deletions.schedule({ from: 0, to: NOW + 3_600_000 }, false);
    await db.put('historyItems', {
      id: 'later',
      appActivityId: 'https://example.test/a',
      startedAt: NOW + 2_000,
      lastActiveAt: NOW + 9_000,
      activeMs: 7_000,
      userTimezone: 'UTC',
      ended: false,
    });
    now = NOW + UNDO_WINDOW_MS;
    await deletions.applyDue();
    expect(await db.getAllKeys('historyItems')).toEqual(['later']);
    expect(await db.count('activities')).toBe(1);
  });

  it.each(['applyDue', 'applyNow'] as const)(
    '%s has the tracker forget the engagement it holds of a deleted page, then asks sync for a pass',
    async (apply) => {
      const url = 'https://example.test/a';
      const open = { id: 'i1', appActivityId: url, url, startedAt: NOW - 60_000 };
      const engagement = { ...open, lastActiveAt: NOW - 30_000, activeMs: 30_000 };
      const state = { ...initialTrackerState(NOW), engagements: { [url]: engagement } };
      await db.put('kv', state, TRACKER_STATE_KEY);
      const deletions = runner();
      if (apply === 'applyNow') {
        await deletions.applyNow({ from: 0, to: NOW + 3_600_000 }, true);
      } else {
        await deletions.schedule({ from: 0, to: NOW + 3_600_000 }, true);
        now = NOW + UNDO_WINDOW_MS;
        await deletions.applyDue();
      }
      // Asked for at NOW (both bound the scope by then): what starts 1 ms later is new reading.
      expect(told).toEqual([`forget i1 asked at ${String(NOW + 1)}`, 'sync, also Graph: true']);
    },
  );
});

describe('deletion notes (open pages follow them)', () => {
  it('notes a deletion scheduled, undone, applied, and one applied at once', async () => {
    await seedPublishedPage();
    const deletions = runner();
    const scope = { from: 0, to: NOW, appActivityIds: ['https://example.test/a'] };
    const first = await deletions.schedule(scope, false);
    expect(await deletions.cancel(first.deletionId)).toBe(true);
    expect(notes).toEqual(['scheduled', 'undone']);
    await deletions.schedule(scope, false);
    now += UNDO_WINDOW_MS;
    await deletions.applyDue();
    expect(notes.slice(2)).toEqual(['scheduled', 'applied']);
    // Nothing left to delete: no note.
    await deletions.applyNow(scope, false);
    expect(notes).toHaveLength(4);
  });

  it('counts a new deletion without what one pending already hides', async () => {
    await seedPublishedPage();
    const deletions = runner();
    const scope = { from: 0, to: NOW, appActivityIds: ['https://example.test/a'] };
    expect((await deletions.schedule(scope, false)).pages).toBe(1);
    expect((await deletions.schedule({ from: 0, to: NOW }, false)).pages).toBe(0);
  });
});
