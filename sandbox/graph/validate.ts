// Checks a request body against the userActivity / activityHistoryItem contract
// (shared/docs/graph-user-activities.md) and turns it into typed input. Anything the contract does
// not allow is a 400 `invalidRequest` naming the property, so nothing half-valid is ever stored.
import { compareInstants, type Instant } from './datetime';
import { invalidRequest } from './errors';
import { isJsonObject, type JsonObject, Reader } from './json-reader';

/**
 * An image of an activity's visualElements (its attribution): icon URL, alternate text, whether
 * Graph adds its image query.
 */
export interface ImageInfo {
  iconUrl?: string;
  alternateText?: string;
  alternativeText?: string;
  addImageQuery?: boolean;
}

/**
 * An activity's visualElements as Graph takes them.
 * https://learn.microsoft.com/graph/api/resources/projectrome-visualinfo
 */
export interface VisualInfo {
  displayText: string;
  description?: string;
  backgroundColor?: string;
  attribution?: ImageInfo;
  content?: JsonObject;
}

/**
 * An activity body as validated: the fields Graph takes, dates parsed.
 * @see https://learn.microsoft.com/graph/api/resources/projectrome-activity
 */
export interface ActivityInput {
  appActivityId: string;
  activitySourceHost: string;
  activationUrl: string;
  fallbackUrl?: string;
  contentUrl?: string;
  appDisplayName?: string;
  userTimezone?: string;
  contentInfo?: JsonObject;
  visualElements: VisualInfo;
  historyItems?: HistoryItemInput[];
}

/**
 * A history item body as validated: instants parsed, optional fields kept.
 * @see https://learn.microsoft.com/graph/api/resources/projectrome-historyitem
 */
export interface HistoryItemInput {
  id?: string;
  startedDateTime: Instant;
  /** null: the engagement is still going on. */
  lastActiveDateTime: Instant | null;
  activeDurationSeconds?: number;
  expirationDateTime?: Instant;
  userTimezone?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const ORIGIN_ONLY = /^https?:\/\/[^/?#\s]+\/?$/i;

/** Whether `value` is a GUID (8-4-4-4-12 hex), as Graph requires of history item ids. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

function readImageInfo(value: JsonObject): ImageInfo {
  const r = new Reader(value, 'imageInfo', [
    'iconUrl',
    'alternateText',
    'alternativeText',
    'addImageQuery',
  ]);
  return dropUndefined({
    iconUrl: r.optionalString('iconUrl'),
    alternateText: r.optionalString('alternateText'),
    alternativeText: r.optionalString('alternativeText'),
    addImageQuery: r.optionalBoolean('addImageQuery'),
  });
}

function readVisualInfo(value: JsonObject): VisualInfo {
  const r = new Reader(value, 'visualInfo', [
    'displayText',
    'description',
    'backgroundColor',
    'attribution',
    'content',
  ]);
  const backgroundColor = r.optionalString('backgroundColor');
  if (backgroundColor !== undefined && !HEX_COLOR.test(backgroundColor)) {
    throw invalidRequest(
      `visualInfo.backgroundColor must be a hex color such as '#ff0000', not '${backgroundColor}'.`,
    );
  }
  const attribution = r.optionalObject('attribution');
  return dropUndefined({
    displayText: r.requiredString('displayText'),
    description: r.optionalString('description'),
    backgroundColor,
    attribution: attribution && readImageInfo(attribution),
    content: r.optionalObject('content'),
  });
}

const HISTORY_ITEM_READ_ONLY = ['createdDateTime', 'lastModifiedDateTime', 'status', 'activity'];

/** A history item body; `pathId` is the GUID from the URL when the item is PUT on its own. */
export function validateHistoryItem(value: unknown, pathId?: string): HistoryItemInput {
  if (!isJsonObject(value)) throw invalidRequest('An activityHistoryItem must be a JSON object.');
  const r = new Reader(
    value,
    'activityHistoryItem',
    [
      'id',
      'startedDateTime',
      'lastActiveDateTime',
      'activeDurationSeconds',
      'expirationDateTime',
      'userTimezone',
    ],
    HISTORY_ITEM_READ_ONLY,
  );
  const id = r.optionalString('id');
  if (id !== undefined && !isGuid(id)) {
    throw invalidRequest(`activityHistoryItem.id must be a GUID, not '${id}'.`);
  }
  if (pathId !== undefined && id !== undefined && id.toLowerCase() !== pathId.toLowerCase()) {
    throw invalidRequest(
      `activityHistoryItem.id '${id}' differs from the id in the request URL '${pathId}'.`,
    );
  }
  const startedDateTime = r.requiredDateTime('startedDateTime');
  const lastActiveDateTime = r.optionalDateTime('lastActiveDateTime') ?? null;
  // A period of engagement cannot end before it starts; Graph would compute a negative duration.
  if (lastActiveDateTime && compareInstants(lastActiveDateTime, startedDateTime) < 0) {
    throw invalidRequest(
      'activityHistoryItem.lastActiveDateTime must not be earlier than startedDateTime.',
    );
  }
  return dropUndefined({
    id: id ?? pathId,
    startedDateTime,
    lastActiveDateTime,
    activeDurationSeconds: r.optionalInt32('activeDurationSeconds'),
    expirationDateTime: r.optionalDateTime('expirationDateTime'),
    userTimezone: r.optionalString('userTimezone'),
  });
}

const ACTIVITY_READ_ONLY = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'expirationDateTime',
  'status',
];

/** An activity body for `PUT /me/activities/{pathAppActivityId}` (already URL-decoded). */
export function validateActivity(value: unknown, pathAppActivityId: string): ActivityInput {
  if (!isJsonObject(value)) throw invalidRequest('A userActivity must be a JSON object.');
  const r = new Reader(
    value,
    'userActivity',
    [
      'appActivityId',
      'activitySourceHost',
      'activationUrl',
      'fallbackUrl',
      'contentUrl',
      'appDisplayName',
      'userTimezone',
      'contentInfo',
      'visualElements',
      'historyItems',
    ],
    ACTIVITY_READ_ONLY,
  );
  const appActivityId = r.requiredString('appActivityId');
  if (appActivityId !== pathAppActivityId) {
    throw invalidRequest(
      `userActivity.appActivityId '${appActivityId}' differs from the decoded id in the request URL '${pathAppActivityId}'.`,
    );
  }
  const activitySourceHost = r.requiredString('activitySourceHost');
  if (!ORIGIN_ONLY.test(activitySourceHost) || !URL.canParse(activitySourceHost)) {
    throw invalidRequest(
      `userActivity.activitySourceHost must be an origin such as 'https://contoso.com' with no path, query or fragment, not '${activitySourceHost}'.`,
    );
  }
  const historyItems = r.optionalArray('historyItems')?.map((item) => validateHistoryItem(item));
  const seen = new Set<string>();
  for (const item of historyItems ?? []) {
    if (item.id === undefined) continue;
    const key = item.id.toLowerCase();
    if (seen.has(key)) throw invalidRequest(`historyItems contains id '${item.id}' twice.`);
    seen.add(key);
  }
  return dropUndefined({
    appActivityId,
    activitySourceHost,
    activationUrl: r.requiredString('activationUrl'),
    fallbackUrl: r.optionalString('fallbackUrl'),
    contentUrl: r.optionalString('contentUrl'),
    appDisplayName: r.optionalString('appDisplayName'),
    userTimezone: r.optionalString('userTimezone'),
    contentInfo: r.optionalObject('contentInfo'),
    visualElements: readVisualInfo(r.requiredObject('visualElements')),
    historyItems,
  });
}

/** Removes keys whose value is undefined so stored objects serialize exactly as sent. */
function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) {
      // Safe: we only delete keys that are already undefined, which the type allows for optionals.
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      delete value[key];
    }
  }
  return value;
}
