/**
 * What a `GET /me/activities?$expand=historyItems` page says, read defensively: Graph's answer is
 * input like any other (a proxy, a bug or another app version may send anything), so every field
 * is checked, page metadata goes through the same sanitizer as a content script's, and an entry
 * that does not hold together is skipped, never thrown. Pure.
 * https://learn.microsoft.com/graph/api/projectrome-get-activities
 */
import type { PageAuthor, PageMetadata } from '../activity/page-metadata';
import { sanitizePageMetadata } from '../activity/sanitize';
import { isDeviceNode, type DeviceNode } from './device-id';
import { DELETED_PREFIX, DEVICE_PREFIX } from './markers';

/** One engagement as Graph holds it (times in ms since the epoch). */
export interface RemoteItem {
  id: string;
  startedAt: number;
  lastActiveAt: number;
  activeMs: number;
  userTimezone: string;
}

/** An entry of the listing, by what it is. */
export type RemoteEntry =
  | {
      kind: 'page';
      serverId: string;
      appActivityId: string;
      metadata: PageMetadata;
      items: RemoteItem[];
    }
  /** A deletion marker (markers.ts): these pages' engagements started up to `deletedAt` are gone. */
  | { kind: 'deleted'; appActivityIds: string[]; deletedAt: number }
  /** A device's name (markers.ts). */
  | { kind: 'device'; node: DeviceNode; label: string };

/** One page of the listing. */
export interface ListingPage {
  entries: RemoteEntry[];
  /** Server `lastModifiedDateTime` of every entry read (skipped ones too), ms. */
  lastModified: number[];
  /** Absolute URL of the next page, if any (checked to be under the Graph root by the caller). */
  nextLink?: string;
}

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function time(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Reads one listing page; throws only when the body is not a listing at all. */
export function parseListingPage(body: unknown): ListingPage {
  if (!isBag(body) || !Array.isArray(body.value)) {
    throw new Error('Graph answered the activities listing without a value array');
  }
  const entries: RemoteEntry[] = [];
  const lastModified: number[] = [];
  for (const raw of body.value.slice(0, 1_000)) {
    if (!isBag(raw)) continue;
    const modified = time(raw.lastModifiedDateTime);
    if (modified !== undefined) lastModified.push(modified);
    const entry = parseEntry(raw);
    if (entry) entries.push(entry);
  }
  const next = str(body['@odata.nextLink']);
  return { entries, lastModified, ...(next ? { nextLink: next } : {}) };
}

function parseEntry(raw: Bag): RemoteEntry | null {
  const appActivityId = str(raw.appActivityId);
  if (appActivityId === undefined) return null;
  const info = isBag(raw.contentInfo) ? raw.contentInfo : {};
  if (appActivityId.startsWith(DELETED_PREFIX)) {
    const deletedAt = time(info.endTime);
    const objects = Array.isArray(info.object) ? info.object.slice(0, 1_000) : [];
    const appActivityIds = objects.flatMap((object) => {
      const id = isBag(object) ? str(object.identifier) : undefined;
      return id && /^[A-Za-z0-9_-]{43}$/.test(id) ? [id] : [];
    });
    return appActivityIds.length > 0 && deletedAt !== undefined
      ? { kind: 'deleted', appActivityIds, deletedAt }
      : null;
  }
  if (appActivityId.startsWith(DEVICE_PREFIX)) {
    const node = appActivityId.slice(DEVICE_PREFIX.length);
    const label = str(info.name)?.trim().slice(0, 60);
    return isDeviceNode(node) && label ? { kind: 'device', node, label } : null;
  }
  const serverId = str(raw.id);
  const metadata = sanitizePageMetadata(metadataCandidate(raw, info));
  // The id must be the one this version derives from the URL: anything else is not our page.
  if (!serverId || !metadata || metadata.appActivityId !== appActivityId) return null;
  const items = Array.isArray(raw.historyItems)
    ? raw.historyItems.flatMap((item) => {
        const parsed = isBag(item) ? parseItem(item) : null;
        return parsed ? [parsed] : [];
      })
    : [];
  return { kind: 'page', serverId, appActivityId, metadata, items };
}

function parseItem(raw: Bag): RemoteItem | null {
  const id = str(raw.id);
  const startedAt = time(raw.startedDateTime);
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || startedAt === undefined) return null;
  // lastActiveDateTime null means "still going": the start is all that is known so far.
  const lastActiveAt = Math.max(startedAt, time(raw.lastActiveDateTime) ?? startedAt);
  const seconds = raw.activeDurationSeconds;
  const activeMs =
    typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
      ? Math.min(seconds * 1000, lastActiveAt - startedAt + 1000)
      : lastActiveAt - startedAt;
  return {
    id: id.toLowerCase(),
    startedAt,
    lastActiveAt,
    activeMs: Math.round(activeMs),
    userTimezone: str(raw.userTimezone)?.slice(0, 64) ?? 'UTC',
  };
}

/** The page metadata a published activity carries, in PageMetadata's shape (sanitized after). */
function metadataCandidate(raw: Bag, info: Bag): Bag {
  const visual = isBag(raw.visualElements) ? raw.visualElements : {};
  const attribution = isBag(visual.attribution) ? visual.attribution : {};
  const site = isBag(info.isPartOf) ? info.isPartOf : {};
  const publisher = isBag(info.publisher) ? info.publisher : undefined;
  const logo = publisher && isBag(publisher.logo) ? publisher.logo.url : undefined;
  const minutes = /^PT(\d+)M$/.exec(str(info.timeRequired) ?? '')?.[1];
  return {
    url: str(raw.contentUrl) ?? str(raw.fallbackUrl) ?? str(info.url),
    title: str(visual.displayText) ?? str(info.name),
    type: info['@type'],
    authors: Array.isArray(info.author) ? info.author.flatMap(author) : [],
    description: info.description,
    siteName: site.name,
    publisher: publisher && { name: publisher.name, url: publisher.url, logo },
    datePublished: info.datePublished,
    dateModified: info.dateModified,
    lang: info.inLanguage,
    image: info.image,
    keywords: (str(info.keywords) ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
    wordCount: info.wordCount,
    readingMinutes: minutes === undefined ? undefined : Number(minutes),
    faviconUrl: attribution.iconUrl,
    themeColor: visual.backgroundColor,
  };
}

function author(value: unknown): PageAuthor[] {
  if (!isBag(value) || typeof value.name !== 'string') return [];
  const kind = value['@type'] === 'Organization' ? 'Organization' : 'Person';
  return [{ name: value.name, kind, ...(typeof value.url === 'string' ? { url: value.url } : {}) }];
}
