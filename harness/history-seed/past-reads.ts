import { appActivityIdFor } from '../../src/activity/activity-id';
import type { PageMetadata } from '../../src/activity/page-metadata';
import type { SeedPage } from './generate';

/** One page read once, some hours ago, as a test names it. */
export interface PastRead {
  url: string;
  title: string;
  /** When the one engagement (60 s of reading) started, in hours before `now`. */
  hoursAgo: number;
  description?: string;
  image?: string;
  authors?: string[];
  /** The icon the page named (`faviconUrl`), as the extractor stores it. */
  faviconUrl?: string;
  /** How many engagements of 60 s, 10 min apart, the first at `hoursAgo` (default 1). */
  sessions?: number;
  /** Further engagements of 60 s, each starting this many hours before `now` (another day's). */
  alsoHoursAgo?: number[];
  /** Each engagement's reading time in ms, instead of PAST_READ_MS (60 s). */
  activeMs?: number;
}

/** How long each past read was read for, in ms. */
export const PAST_READ_MS = 60_000;

/** How far apart a past read's sessions start, in ms. */
const SESSION_GAP_MS = 600_000;

/**
 * The pages for `seedPages` (./index.ts) from a test's short list: each an Article of its URL's
 * host with one engagement of 60 s (or `sessions` of them), ids made by the product
 * (`appActivityIdFor`). Pure but for the engagement ids, which are random UUIDs as the tracker's
 * are.
 */
export function pastReads(reads: readonly PastRead[], now: number): SeedPage[] {
  return reads.map((read) => {
    const appActivityId = appActivityIdFor(read.url);
    const metadata: PageMetadata = {
      url: read.url,
      appActivityId,
      title: read.title,
      siteName: new URL(read.url).hostname,
      type: 'Article',
      authors: (read.authors ?? []).map((name) => ({ kind: 'Person' as const, name })),
      keywords: [],
      ...(read.description ? { description: read.description } : {}),
      ...(read.image ? { image: read.image } : {}),
      ...(read.faviconUrl ? { faviconUrl: read.faviconUrl } : {}),
    };
    const startedAt = now - read.hoursAgo * 3_600_000;
    return {
      metadata,
      engagements: [
        ...Array.from({ length: read.sessions ?? 1 }, (_, i) => startedAt + i * SESSION_GAP_MS),
        ...(read.alsoHoursAgo ?? []).map((hours) => now - hours * 3_600_000),
      ].map((start) => ({
        id: crypto.randomUUID(),
        startedAt: start,
        activeMs: read.activeMs ?? PAST_READ_MS,
      })),
    };
  });
}
