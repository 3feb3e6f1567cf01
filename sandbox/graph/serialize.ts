// Turns stored entities into the JSON Graph returns: client properties as sent, server properties
// (id, createdDateTime, lastModifiedDateTime, expirationDateTime, status) in Graph's formats.
import { formatInstant } from './datetime';
import type { StoredActivity, StoredHistoryItem } from './store';
import type { JsonObject } from './json-reader';

/**
 * A stored history item as Graph returns it (dates with 7-digit fractions).
 * @see https://learn.microsoft.com/graph/api/resources/projectrome-historyitem
 */
export function historyItemToJson(item: StoredHistoryItem): JsonObject {
  return {
    '@odata.type': '#microsoft.graph.activityHistoryItem',
    status: item.status,
    ...(item.userTimezone === undefined ? {} : { userTimezone: item.userTimezone }),
    createdDateTime: formatInstant(item.createdDateTime),
    lastModifiedDateTime: formatInstant(item.lastModifiedDateTime),
    id: item.id,
    startedDateTime: formatInstant(item.startedDateTime),
    lastActiveDateTime: item.lastActiveDateTime ? formatInstant(item.lastActiveDateTime) : null,
    expirationDateTime: formatInstant(item.expirationDateTime),
    activeDurationSeconds: item.activeDurationSeconds,
  };
}

/** What activityToJson adds: the history items, for deep-insert or $expand. */
export interface ActivityJsonOptions {
  /** Include the historyItems collection (deep-insert responses and `$expand=historyItems`). */
  historyItems?: StoredHistoryItem[];
}

/**
 * A stored activity as Graph returns it, with its history items when asked.
 * @see https://learn.microsoft.com/graph/api/resources/projectrome-activity
 */
export function activityToJson(
  activity: StoredActivity,
  options: ActivityJsonOptions = {},
): JsonObject {
  const { fields } = activity;
  const json: JsonObject = {
    '@odata.type': '#microsoft.graph.userActivity',
    status: activity.status,
    createdDateTime: formatInstant(activity.createdDateTime),
    lastModifiedDateTime: formatInstant(activity.lastModifiedDateTime),
    expirationDateTime: formatInstant(activity.expirationDateTime),
    id: activity.id,
    // The validated input holds only JSON-compatible values; the spread keeps the client's order.
    ...(fields as unknown as JsonObject),
  };
  if (options.historyItems) {
    json.historyItems = options.historyItems.map(historyItemToJson);
  }
  return json;
}
