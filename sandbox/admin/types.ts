// Shapes exchanged with the admin API (shared by the server side and the typed client).
import type { RequestLogEntry } from '../graph/request-log';
import type { FailOptions, FaultState, RequestMatch } from '../graph/faults';
import type { Budget } from '../graph/throttle';

export type { Budget, FailOptions, FaultState, RequestLogEntry, RequestMatch };

/** What a running sandbox tells the world (also written to <stateDir>/instance.json by the CLI). */
export interface SandboxInfo {
  /** e.g. http://127.0.0.1:8080/v1.0 */
  graphBaseUrl: string;
  graphBetaUrl: string;
  /** The issuer, used as the MSAL authority: https://127.0.0.1:PORT/<tenant>/v2.0 */
  authority: string;
  /** The discovery document's URL (authority + /.well-known/openid-configuration). */
  discoveryUrl: string;
  clientId: string;
  scopes: string[];
  graphAudience: string;
  tenantId: string;
  certSpkiSha256: string;
  /** http://127.0.0.1:PORT/__sandbox */
  adminUrl: string;
}

/** A history item in the admin dump: Graph's field names, dates as ISO strings. */
export interface DumpHistoryItem {
  id: string;
  startedDateTime: string;
  lastActiveDateTime: string | null;
  activeDurationSeconds: number | null;
  expirationDateTime: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  status: string;
  userTimezone?: string;
  /** Accepted writes that touched this item. */
  writeCount: number;
}

/** An activity in the admin dump, with its history items and the app that wrote it. */
export interface DumpActivity {
  id: string;
  appActivityId: string;
  /** Client id of the app that wrote it. */
  appId: string;
  activitySourceHost: string;
  activationUrl: string;
  visualElements: { displayText: string; [key: string]: unknown };
  createdDateTime: string;
  lastModifiedDateTime: string;
  expirationDateTime: string;
  status: string;
  /** Accepted PUTs of this activity. */
  writeCount: number;
  historyItems: DumpHistoryItem[];
  [key: string]: unknown;
}

/** Everything the sandbox's Graph holds, per user (GET /dump). */
export interface SandboxDump {
  /** Keyed by sandbox user name. */
  users: Record<string, { oid: string; activities: DumpActivity[] }>;
}
