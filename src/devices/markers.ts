/**
 * The two kinds of marker activity devices leave for each other in Graph, beside the pages:
 *
 * - `deleted.<node>.<time>.<part>`: the pages it lists (by appActivityId) were deleted on the
 *   device with that node at `endTime` (a schema.org `DeleteAction`). A Graph DELETE makes the activity vanish from the listing, which other devices
 *   cannot tell from Graph's own 30-day expiry (and local history must never follow that expiry),
 *   so the deleting device says so explicitly. Every device drops the page's engagements that
 *   started up to that time, from every device; later reading stays.
 * - `device.<node>`: what the device with that node (device-id.ts) is called.
 *
 * Neither carries anything about the page beyond its appActivityId (a SHA-256 of the URL): no URL,
 * no title. Both have no history items, so Graph's `recent` listing (what a Timeline shows) leaves
 * them out. Their ids are unreserved characters only, like every other id this extension sends.
 * Pure.
 */
import { APP_DISPLAY_NAME } from '../activity/user-activity';
import type { DeviceNode } from './device-id';

/** appActivityId prefix of a deletion marker (`deleted.<node>.<time>.<part>`, see above). */
export const DELETED_PREFIX = 'deleted.';
/** appActivityId prefix of a device-name marker (`device.<node>`). */
export const DEVICE_PREFIX = 'device.';

/** Where markers say they come from: the project's own domain (never a page's). */
const MARKER_ORIGIN = 'https://reading-timeline.dev';

/** A marker to PUT: its appActivityId (the path) and body. */
export interface MarkerWrite {
  appActivityId: string;
  body: Record<string, unknown>;
}

function marker(
  appActivityId: string,
  displayText: string,
  contentInfo: Record<string, unknown>,
): MarkerWrite {
  return {
    appActivityId,
    body: {
      appActivityId,
      activitySourceHost: MARKER_ORIGIN,
      activationUrl: `${MARKER_ORIGIN}/`,
      appDisplayName: APP_DISPLAY_NAME,
      visualElements: { displayText },
      contentInfo: { '@context': 'https://schema.org', ...contentInfo },
    },
  };
}

/** Pages one deletion marker names at most (a body of about 10 KB). */
export const MARKER_PAGES = 200;

/**
 * The marker for pages deleted together at `deletedAt` (ms since the epoch), at most
 * `MARKER_PAGES` of them: one write for a whole "delete today". Its id is unique per device,
 * deletion and part, so a retried PUT replaces itself and never another deletion's marker.
 */
export function deletionMarker(
  node: DeviceNode,
  appActivityIds: readonly string[],
  deletedAt: number,
  part = 0,
): MarkerWrite {
  return marker(`${DELETED_PREFIX}${node}.${deletedAt.toString(36)}.${part}`, 'Deleted pages', {
    '@type': 'DeleteAction',
    object: appActivityIds.map((identifier) => ({ '@type': 'WebPage', identifier })),
    endTime: new Date(deletedAt).toISOString(),
  });
}

/** The marker naming this device. */
export function deviceMarker(node: DeviceNode, label: string): MarkerWrite {
  return marker(`${DEVICE_PREFIX}${node}`, label, {
    '@type': 'SoftwareApplication',
    identifier: node,
    name: label,
  });
}
