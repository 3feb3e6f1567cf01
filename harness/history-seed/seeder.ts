// Runs inside an extension page (bundled by ./bundle.ts): writes a generated history through the
// product's own store functions, exactly as the worker records pages and engagements.
import { recordPage } from '../../src/store/activities-store';
import { openTimelineDb } from '../../src/store/db';
import { commitTransition, loadTrackerState } from '../../src/store/tracker-store';
import { initialTrackerState } from '../../src/tracking/engagement';
import type { TrackerEffect } from '../../src/tracking/engagement-types';
import { generateHistory, type SeedSpec } from './generate';

/** Pages per tracker transaction. */
const CHUNK = 500;

/** Seeds the extension's database; returns how many pages and engagements were written. */
export async function seedHistory(
  spec: SeedSpec,
): Promise<{ activities: number; engagements: number }> {
  const db = await openTimelineDb();
  const pages = generateHistory(spec);
  // The live tracker state is written back unchanged: seeding must not disturb the worker.
  const state = (await loadTrackerState(db)) ?? initialTrackerState(spec.now);
  let engagements = 0;
  for (let offset = 0; offset < pages.length; offset += CHUNK) {
    const chunk = pages.slice(offset, offset + CHUNK);
    await Promise.all(
      chunk.map((page) => recordPage(db, page.metadata, page.engagements[0]?.startedAt ?? 0)),
    );
    const effects: TrackerEffect[] = chunk.flatMap((page) =>
      page.engagements.map((e) => ({
        type: 'engagement-ended' as const,
        kept: true,
        engagement: {
          id: e.id,
          appActivityId: page.metadata.appActivityId,
          url: page.metadata.url,
          startedAt: e.startedAt,
          lastActiveAt: e.startedAt + e.activeMs,
          activeMs: e.activeMs,
        },
      })),
    );
    engagements += effects.length;
    await commitTransition(db, state, effects, 'UTC');
  }
  db.close();
  return { activities: pages.length, engagements };
}
