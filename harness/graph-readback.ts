import type { Sandbox } from '../sandbox';

/** A history item as the sandbox's Graph returns it (Graph's own field names and units). */
export interface ReadBackHistoryItem {
  id: string;
  startedDateTime: string;
  lastActiveDateTime: string | null;
  activeDurationSeconds: number | null;
  userTimezone?: string;
}

/** An activity as the sandbox's Graph returns it, with its history items. */
export interface ReadBackActivity {
  id: string;
  appActivityId: string;
  activitySourceHost: string;
  activationUrl: string;
  contentInfo?: Record<string, unknown>;
  visualElements: {
    displayText: string;
    description?: string;
    content?: { type?: string; version?: string };
  };
  historyItems: ReadBackHistoryItem[];
}

/**
 * Reads a user's activities back the way a Graph client does: GET /me/activities with its history
 * items, following @odata.nextLink through every page (pages may come back empty).
 */
export async function readBackActivities(
  sandbox: Sandbox,
  user: string,
): Promise<ReadBackActivity[]> {
  const token = await sandbox.issueToken(user);
  const activities: ReadBackActivity[] = [];
  let next: string | undefined = `${sandbox.graphBaseUrl}/me/activities?$expand=historyItems`;
  for (let page = 0; next && page < 1000; page++) {
    const response = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok)
      throw new Error(`GET /me/activities: ${String(response.status)} ${await response.text()}`);
    const body = (await response.json()) as {
      value: ReadBackActivity[];
      '@odata.nextLink'?: string;
    };
    activities.push(...body.value);
    next = body['@odata.nextLink'];
  }
  return activities;
}
