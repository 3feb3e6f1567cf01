/**
 * The bodies this extension sends to Microsoft Graph, built in one place: the userActivity of
 * `PUT /me/activities/{appActivityId}` (one per read page) and the activityHistoryItem of each
 * engagement (deep-inserted with it, or `PUT …/historyItems/{id}` on its own).
 * https://learn.microsoft.com/graph/api/resources/projectrome-activity
 * https://learn.microsoft.com/graph/api/resources/projectrome-historyitem
 */
import type { UserActivity } from '@microsoft/microsoft-graph-types';
import type { AdaptiveCard } from './adaptive-card';
import type { CardLabels } from './card-labels';
import { buildContentInfo, type ContentInfo } from './content-info';
import { resolveSwitches, type PrivacySwitches } from './display-text';
import type { PageMetadata } from './page-metadata';
import { sanitizePageMetadata } from './sanitize';
import { withTextFragment, type TextDirective } from './text-fragment';
import { buildVisualElements, type VisualElements } from './visual-elements';

export { buildAdaptiveCard } from './adaptive-card';
export { buildContentInfo } from './content-info';
export { buildVisualElements } from './visual-elements';
export type { PrivacySwitches } from './display-text';

/** The app's name as Timeline shows it (`appDisplayName`) and as the toolbar title starts. */
export const APP_DISPLAY_NAME = 'Reading Timeline';

/**
 * The body of Graph's `PUT /me/activities/{appActivityId}`
 * (https://learn.microsoft.com/graph/api/resources/projectrome-activity), as buildUserActivity
 * writes it.
 */
export interface UserActivityBody extends UserActivity {
  appActivityId: string;
  activitySourceHost: string;
  activationUrl: string;
  fallbackUrl: string;
  contentUrl: string;
  appDisplayName: string;
  contentInfo: ContentInfo;
  visualElements: VisualElements;
}

/** What the user lets leave the device besides URL, title and site (the options page's switches). */
export interface PublishOptions {
  /** description, image, authors: each defaults to on. */
  include?: PrivacySwitches;
  /** The card's words in the user's language (./card-labels.ts); English when absent. */
  labels?: CardLabels;
}

/**
 * How buildUserActivity writes the activity: the app's name, the user's time zone, where to resume.
 */
export interface UserActivityOptions extends PublishOptions {
  appDisplayName: string;
  /** Olson id, e.g. Europe/Paris. */
  userTimezone?: string;
  /**
   * Where the reader stopped: the activationUrl gets this text fragment, so opening the activity
   * anywhere (another device, Timeline) resumes there. contentUrl and the id stay canonical.
   */
  resumeAt?: TextDirective;
}

/** The published parts of an activity that depend on the page and the privacy switches. */
export interface PublishedContent {
  /** The metadata as published: re-sanitized, so records stored before a rule changed comply. */
  metadata: PageMetadata;
  visualElements: VisualElements;
  contentInfo: ContentInfo;
  /** Same object as `visualElements.content`: what the popup previews. */
  card: AdaptiveCard;
}

/** The settings fields that are privacy switches (structural, so activity/ needs no settings/). */
export interface PrivacySettings {
  sendDescription: boolean;
  sendImage: boolean;
  sendAuthors: boolean;
}

/** Maps the stored settings to the switches every builder takes. */
export function privacySwitchesFrom(settings: PrivacySettings): Required<PrivacySwitches> {
  return {
    description: settings.sendDescription,
    image: settings.sendImage,
    authors: settings.sendAuthors,
  };
}

/**
 * visualElements (with the card) and contentInfo for `meta` under `options`: the one function
 * behind both the sent body (`buildUserActivity`) and the popup's preview, so they cannot differ.
 * `meta` goes through `sanitizePageMetadata` again (URL secrets, lengths, schemes), which is
 * idempotent for records stored by the current version.
 * @throws Error when `meta` has no usable http(s) URL or title (never for stored records).
 */
export function buildPublishedContent(
  meta: PageMetadata,
  options: PublishOptions = {},
): PublishedContent {
  const metadata = sanitizePageMetadata(meta);
  if (metadata === null) throw new Error('Page metadata without an http(s) URL and a title');
  const include = resolveSwitches(options.include);
  const visualElements = buildVisualElements(metadata, {
    include,
    ...(options.labels ? { labels: options.labels } : {}),
  });
  return {
    metadata,
    visualElements,
    contentInfo: buildContentInfo(metadata, include),
    card: visualElements.content,
  };
}

/**
 * Graph PUT body. activitySourceHost is the page's origin only (Graph rejects paths there);
 * the id and every URL are recomputed from the re-sanitized canonical url, so a stale, forged or
 * secret-bearing one cannot be sent.
 * @throws Error as `buildPublishedContent`.
 */
export function buildUserActivity(meta: PageMetadata, opts: UserActivityOptions): UserActivityBody {
  const { metadata, visualElements, contentInfo } = buildPublishedContent(meta, opts);
  const body: UserActivityBody = {
    appActivityId: metadata.appActivityId,
    activitySourceHost: new URL(metadata.url).origin,
    activationUrl: opts.resumeAt ? withTextFragment(metadata.url, opts.resumeAt) : metadata.url,
    fallbackUrl: metadata.url,
    contentUrl: metadata.url,
    appDisplayName: opts.appDisplayName,
    contentInfo,
    visualElements,
  };
  if (opts.userTimezone !== undefined) body.userTimezone = opts.userTimezone;
  return body;
}

/** One period of engagement, as the store keeps it (times in ms since the epoch). */
export interface EngagementPeriod {
  /** Client GUID: also the history item's id in Graph, so a retried PUT never duplicates. */
  id: string;
  startedAt: number;
  lastActiveAt: number;
  /** Engaged time, never the wall-clock span. */
  activeMs: number;
  /** IANA zone where the reading happened. */
  userTimezone: string;
}

/**
 * Graph's activityHistoryItem for one engagement. `withId` for a deep insert inside the activity
 * PUT (the id is in the URL otherwise). Duration is the engaged time in whole seconds.
 */
export function buildHistoryItem(
  item: EngagementPeriod,
  { withId }: { withId: boolean },
): Record<string, unknown> {
  return {
    ...(withId ? { id: item.id } : {}),
    startedDateTime: new Date(item.startedAt).toISOString(),
    lastActiveDateTime: new Date(item.lastActiveAt).toISOString(),
    activeDurationSeconds: Math.round(item.activeMs / 1000),
    userTimezone: item.userTimezone,
  };
}
