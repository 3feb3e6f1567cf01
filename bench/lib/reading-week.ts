// bench:sync's week of reading: what the tracker commits for `activities` pages read
// `engagementsPerActivity` times each over 7 days, from a fixed seed so every run reads the same week.
import { appActivityIdFor } from '../../src/activity/activity-id';
import type { PageMetadata } from '../../src/activity/page-metadata';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import type { Engagement, TrackerEffect } from '../../src/tracking/engagement-types';

/** Share of engagements where the reader comes back within the continuation gap (it grows). */
const RETURN_SHARE = 0.2;
const CONTINUATION_GAP_MS = DEFAULT_SETTINGS.continuationGapSec * 1000;

/** Deterministic pseudo-random numbers, so every run reads the same week. */
export function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** One thing the tracker commits during the week: at `at` (epoch ms), for the page `metadata`. */
export interface ReadingEvent {
  at: number;
  metadata: PageMetadata;
  effect: TrackerEffect;
}

/** What the tracker commits over a week: saves as reading goes on, then the end of each engagement. */
export function readingSchedule(
  start: number,
  activities: number,
  engagementsPerActivity: number,
): ReadingEvent[] {
  const random = lcg(7);
  const events: ReadingEvent[] = [];
  const span = 7 * 24 * 3600_000;
  for (let i = 0; i < activities; i++) {
    const url = `https://reading.example/articles/${String(i)}`;
    const metadata: PageMetadata = {
      url,
      appActivityId: appActivityIdFor(url),
      title: `Article ${String(i)}`,
      type: 'Article',
      authors: [{ name: `Author ${String(i % 37)}`, kind: 'Person' }],
      keywords: [],
      siteName: 'Reading Example',
      description: `What article ${String(i)} is about.`,
    };
    for (let j = 0; j < engagementsPerActivity; j++) {
      const startedAt = start + Math.floor(random() * span);
      const activeMs = 30_000 + Math.floor(random() * 600_000);
      const engagement: Engagement = {
        id: `${String(i).padStart(8, '0')}-0000-4000-8000-${String(j).padStart(12, '0')}`,
        appActivityId: metadata.appActivityId,
        url,
        startedAt,
        lastActiveAt: startedAt + activeMs,
        activeMs,
      };
      events.push({
        at: engagement.lastActiveAt,
        metadata,
        effect: { type: 'save-engagement', engagement },
      });
      let final = engagement;
      if (random() < RETURN_SHARE) {
        // Back within the gap: the same engagement grows.
        final = {
          ...engagement,
          activeMs: activeMs + 60_000,
          lastActiveAt: engagement.lastActiveAt + 180_000,
        };
        events.push({
          at: final.lastActiveAt,
          metadata,
          effect: { type: 'save-engagement', engagement: final },
        });
      }
      // The tracker's tick ends it once the continuation gap has passed.
      events.push({
        at: final.lastActiveAt + CONTINUATION_GAP_MS + 1_000,
        metadata,
        effect: { type: 'engagement-ended', kept: true, engagement: final },
      });
    }
  }
  return events.sort((a, b) => a.at - b.at);
}
