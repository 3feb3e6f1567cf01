// In-memory user-activities store. Activities belong to (user, app): appActivityId is unique only
// within the app that wrote it (CreatedByApp), but listing scans all of a user's activities, which is
// how Graph ends up returning empty pages. Every mutation is synchronous, so concurrent requests in
// the single Node event loop can never interleave half-way through a write.
import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, compareInstants, type Instant, secondsBetween } from './datetime';
import type { ActivityInput, HistoryItemInput } from './validate';
import type { StoredActivity, StoredHistoryItem } from './stored-records';

export type { ActivityStatus, StoredActivity, StoredHistoryItem } from './stored-records';

/** Days until Graph expires an activity or history item (every public example shows ~30). */
export const EXPIRY_DAYS = 30;

interface UserData {
  byAppKey: Map<string, StoredActivity>;
  byId: Map<string, StoredActivity>;
  /**
   * No expiry of this user's activities or items is earlier (ms since the epoch; it may be earlier
   * than the true earliest, never later): until then a read or write need not look for expired
   * ones, so a request costs the same with 10 or 10,000 activities stored.
   */
  nextExpiryMs: number;
}

const appKey = (appId: string, appActivityId: string): string => `${appId}\u0000${appActivityId}`;

/** The user activities and history items Graph keeps, per user and per app. */
export class ActivityStore {
  #users = new Map<string, UserData>();
  #ids = new Set<string>();
  #seq = 0;

  #user(oid: string): UserData {
    let data = this.#users.get(oid);
    if (!data) {
      data = { byAppKey: new Map(), byId: new Map(), nextExpiryMs: Infinity };
      this.#users.set(oid, data);
    }
    return data;
  }

  /** Graph-style server id: a random unsigned 64-bit number in decimal. */
  #newId(): string {
    for (;;) {
      const id = randomBytes(8).readBigUInt64BE().toString();
      if (!this.#ids.has(id)) {
        this.#ids.add(id);
        return id;
      }
    }
  }

  #remove(data: UserData, activity: StoredActivity): void {
    data.byAppKey.delete(appKey(activity.appId, activity.fields.appActivityId));
    data.byId.delete(activity.id);
    this.#ids.delete(activity.id);
  }

  /**
   * Drops what has expired by `now`; called before every read or write of that user. Looks only
   * once the earliest expiry may have come (`nextExpiryMs`), then notes the next one.
   */
  #purge(data: UserData, now: Instant): void {
    if (now.ms < data.nextExpiryMs) return;
    let next = Infinity;
    for (const activity of [...data.byId.values()]) {
      if (compareInstants(activity.expirationDateTime, now) <= 0) {
        this.#remove(data, activity);
        continue;
      }
      next = Math.min(next, activity.expirationDateTime.ms);
      for (const [key, item] of activity.historyItems) {
        if (compareInstants(item.expirationDateTime, now) <= 0) activity.historyItems.delete(key);
        else next = Math.min(next, item.expirationDateTime.ms);
      }
    }
    data.nextExpiryMs = next;
  }

  /** Notes an expiry just set on one of the user's activities or items. */
  static #expiresAt(data: UserData, expiry: Instant): void {
    data.nextExpiryMs = Math.min(data.nextExpiryMs, expiry.ms);
  }

  #writeItem(
    data: UserData,
    activity: StoredActivity,
    input: HistoryItemInput,
    now: Instant,
  ): { item: StoredHistoryItem; created: boolean } {
    const id = input.id ?? randomUUID();
    const key = id.toLowerCase();
    const existing = activity.historyItems.get(key);
    const item: StoredHistoryItem = {
      id: existing?.id ?? id,
      startedDateTime: input.startedDateTime,
      lastActiveDateTime: input.lastActiveDateTime,
      activeDurationSeconds:
        input.activeDurationSeconds ??
        (input.lastActiveDateTime
          ? secondsBetween(input.startedDateTime, input.lastActiveDateTime)
          : null),
      expirationDateTime: input.expirationDateTime ?? addDays(now, EXPIRY_DAYS),
      ...(input.userTimezone === undefined ? {} : { userTimezone: input.userTimezone }),
      createdDateTime: existing?.createdDateTime ?? now,
      lastModifiedDateTime: now,
      status: 'updated',
      writeCount: (existing?.writeCount ?? 0) + 1,
    };
    activity.historyItems.set(key, item);
    ActivityStore.#expiresAt(data, item.expirationDateTime);
    return { item, created: !existing };
  }

  /** PUT /me/activities/{appActivityId}: create (created=true) or replace, deep-inserting items. */
  putActivity(
    oid: string,
    appId: string,
    input: ActivityInput,
    now: Instant,
  ): { activity: StoredActivity; created: boolean; items: StoredHistoryItem[] } {
    const data = this.#user(oid);
    this.#purge(data, now);
    const { historyItems, ...fields } = input;
    const key = appKey(appId, input.appActivityId);
    const existing = data.byAppKey.get(key);
    const activity: StoredActivity = existing ?? {
      id: this.#newId(),
      ownerOid: oid,
      appId,
      seq: 0,
      fields,
      createdDateTime: now,
      lastModifiedDateTime: now,
      expirationDateTime: now,
      status: 'updated',
      historyItems: new Map(),
      writeCount: 0,
    };
    // PUT replaces every client property; history items already stored stay (they are a contained
    // collection, written through their own path or deep insert).
    activity.fields = fields;
    activity.seq = ++this.#seq;
    activity.lastModifiedDateTime = now;
    activity.expirationDateTime = addDays(now, EXPIRY_DAYS);
    ActivityStore.#expiresAt(data, activity.expirationDateTime);
    activity.status = 'updated';
    activity.writeCount += 1;
    const items = (historyItems ?? []).map(
      (item) => this.#writeItem(data, activity, item, now).item,
    );
    if (!existing) {
      data.byAppKey.set(key, activity);
      data.byId.set(activity.id, activity);
    }
    return { activity, created: !existing, items };
  }

  /** The caller's own activity by server id (another app's activity is invisible: undefined). */
  getActivity(oid: string, appId: string, id: string, now: Instant): StoredActivity | undefined {
    const data = this.#user(oid);
    this.#purge(data, now);
    const activity = data.byId.get(id);
    return activity?.appId === appId ? activity : undefined;
  }

  /** Creates or replaces a history item of the caller's activity; undefined if no such activity. */
  putHistoryItem(
    oid: string,
    appId: string,
    activityId: string,
    input: HistoryItemInput,
    now: Instant,
  ): { activity: StoredActivity; item: StoredHistoryItem; created: boolean } | undefined {
    const activity = this.getActivity(oid, appId, activityId, now);
    if (!activity) return undefined;
    this.#touch(activity, now);
    return { activity, ...this.#writeItem(this.#user(oid), activity, input, now) };
  }

  /** Deletes the caller's activity with its history items; false if no such activity. */
  deleteActivity(oid: string, appId: string, id: string, now: Instant): boolean {
    const activity = this.getActivity(oid, appId, id, now);
    if (!activity) return false;
    this.#remove(this.#user(oid), activity);
    return true;
  }

  /** Deletes one history item of the caller's activity, saying what was missing if anything. */
  deleteHistoryItem(
    oid: string,
    appId: string,
    activityId: string,
    itemId: string,
    now: Instant,
  ): 'deleted' | 'no-activity' | 'no-item' {
    const activity = this.getActivity(oid, appId, activityId, now);
    if (!activity) return 'no-activity';
    if (!activity.historyItems.delete(itemId.toLowerCase())) return 'no-item';
    this.#touch(activity, now);
    return 'deleted';
  }

  /**
   * A write to an activity's history items modifies the activity: its `lastModifiedDateTime` is
   * "when the object was modified on the server" and history items are a contained part of it
   * (containment navigation), so a `$filter` on lastModifiedDateTime finds an engagement added or
   * extended on its own. Its expiry is not renewed (only a PUT of the activity does that).
   */
  #touch(activity: StoredActivity, now: Instant): void {
    activity.lastModifiedDateTime = now;
    activity.seq = ++this.#seq;
  }

  /** Every live activity of the user, all apps, unsorted. */
  listAll(oid: string, now: Instant): StoredActivity[] {
    const data = this.#user(oid);
    this.#purge(data, now);
    return [...data.byId.values()];
  }

  /** Every user's live activities (for the admin dump). */
  entries(now: Instant): [string, StoredActivity[]][] {
    return [...this.#users.keys()].map((oid) => [oid, this.listAll(oid, now)]);
  }

  /** Forgets every user's activities and every id handed out. */
  reset(): void {
    this.#users.clear();
    this.#ids.clear();
  }
}
