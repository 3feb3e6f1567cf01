import { appActivityIdFor } from '../../src/activity/activity-id';
import type { PageMetadata } from '../../src/activity/page-metadata';

/**
 * A made-up reading history for tests and benchmarks: deterministic (seeded PRNG), spread over
 * `days` days before `now`, with a few pages that tests look for by name. Pure.
 */

export interface SeedSpec {
  pages: number;
  days: number;
  /** Epoch ms the history ends at. */
  now: number;
  seed?: number;
}

/** One engagement of a seeded page: its GUID, start (epoch ms) and engaged ms. */
export interface SeedEngagement {
  id: string;
  startedAt: number;
  activeMs: number;
}

/** One seeded page: what it says about itself and its engagements. */
export interface SeedPage {
  metadata: PageMetadata;
  engagements: SeedEngagement[];
}

/** Pages tests find by name: the oldest, an author, a description word. */
export const MARKERS = {
  oldestTitle: 'The very first page in this history',
  author: 'Hildegard Quarrington',
  authorTitle: 'Notes on tidal clocks',
  descriptionWord: 'bioluminescence',
  descriptionTitle: 'Night swimming in the bay',
} as const;

const WORDS = (
  'river garden climate policy market history science music travel design energy ocean city ' +
  'health school library planet bicycle harvest winter summer coffee bread theatre museum ' +
  'election software network privacy camera forest mountain island language poetry chess ' +
  'football railway bridge harbour festival kitchen recipe orchard vineyard galaxy telescope'
).split(' ');
const SITES = [
  'The Daily Ledger',
  'Field Notes',
  'Harbour Times',
  'Quiet Science',
  'Open Kitchen',
  'Rail & Road',
  'The Long Read',
  'Civic Weekly',
];
const AUTHORS = ['Mara Lind', 'Tomas Berg', 'Ines Duarte', 'Kofi Mensah', 'Yuki Sato', 'Ada Hale'];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Oldest first, so the store sees them in the order they were read. */
export function generateHistory({ pages, days, now, seed = 7 }: SeedSpec): SeedPage[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const span = days * 24 * 3600 * 1000;
  const start = now - span;
  const result: SeedPage[] = [];
  for (let i = 0; i < pages; i++) {
    // Evenly spread with jitter; the first page is the oldest, 20 minutes into the range.
    const base = i === 0 ? start + 20 * 60_000 : start + ((i + random() * 0.9) / pages) * span;
    const startedAt = Math.min(Math.round(base), now - 60_000);
    const site = pick(SITES);
    const slug = `${String(i)}-${pick(WORDS)}`;
    const url = `https://${site.toLowerCase().replace(/[^a-z]+/g, '')}.example/${slug}`;
    let title = `${pick(WORDS)} and ${pick(WORDS)}: ${pick(WORDS)} ${String(i)}`;
    let authors = [{ name: pick(AUTHORS), kind: 'Person' as const }];
    let description = `A piece about ${pick(WORDS)}, ${pick(WORDS)} and the ${pick(WORDS)}.`;
    if (i === 0) title = MARKERS.oldestTitle;
    if (i === Math.floor(pages / 3)) {
      title = MARKERS.authorTitle;
      authors = [{ name: MARKERS.author, kind: 'Person' }];
    }
    if (i === Math.floor(pages / 2)) {
      title = MARKERS.descriptionTitle;
      description = `Swimming at night among ${MARKERS.descriptionWord} and slow tides.`;
    }
    const metadata: PageMetadata = {
      url,
      appActivityId: appActivityIdFor(url),
      title,
      type: 'Article',
      authors,
      description,
      siteName: site,
      keywords: [pick(WORDS), pick(WORDS)],
    };
    const engagements: SeedEngagement[] = [
      { id: `seed-${String(i)}-a`, startedAt, activeMs: 10_000 + Math.floor(random() * 600_000) },
    ];
    if (random() < 0.3 && startedAt + 3_600_000 < now) {
      engagements.push({
        id: `seed-${String(i)}-b`,
        startedAt: startedAt + 3_600_000,
        activeMs: 10_000 + Math.floor(random() * 300_000),
      });
    }
    result.push({ metadata, engagements });
  }
  return result;
}
