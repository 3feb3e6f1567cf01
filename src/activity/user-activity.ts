/** The body of `PUT /me/activities/{appActivityId}` for one read page. */
import type { UserActivity } from '@microsoft/microsoft-graph-types';
import { appActivityIdFor } from './activity-id';
import { buildContentInfo, type ContentInfo } from './content-info';
import type { PrivacySwitches } from './display-text';
import type { PageMetadata } from './page-metadata';
import { buildVisualElements, type VisualElements } from './visual-elements';

export { buildAdaptiveCard } from './adaptive-card';
export { buildContentInfo } from './content-info';
export { buildVisualElements } from './visual-elements';

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

export interface UserActivityOptions {
  appDisplayName: string;
  /** Olson id, e.g. Europe/Paris. */
  userTimezone?: string;
  /** Privacy switches: what is sent to Graph. All default to true. */
  include?: PrivacySwitches;
  readSeconds?: number;
}

/**
 * Graph PUT body. activitySourceHost is the page's origin only (Graph rejects paths there);
 * the id is recomputed from the canonical url so a stale or forged one cannot be sent.
 */
export function buildUserActivity(meta: PageMetadata, opts: UserActivityOptions): UserActivityBody {
  const body: UserActivityBody = {
    appActivityId: appActivityIdFor(meta.url),
    activitySourceHost: new URL(meta.url).origin,
    activationUrl: meta.url,
    fallbackUrl: meta.url,
    contentUrl: meta.url,
    appDisplayName: opts.appDisplayName,
    contentInfo: buildContentInfo(meta, opts.include),
    visualElements: buildVisualElements(meta, opts),
  };
  if (opts.userTimezone !== undefined) body.userTimezone = opts.userTimezone;
  return body;
}
