import type { Idle, Storage } from 'webextension-polyfill';
import type { AuthService } from '../auth/grant';
import type { Settings, SettingsStorage } from '../settings/settings';
import type { OrganisationHook } from '../organisation/organisation-hook';
import type { Db } from '../store/db';
import type { WindowFocusReport } from '../tracking/engagement-types';
import type { DeletionRunner } from './deletion-runner';
import type { PendingResumeStore } from './pending-resume-store';
import type { LeftReads } from './snapshot/left-reads';
import type { SnapshotReader } from './snapshot/read-snapshot';
import type { BlobText } from './snapshot/sent-snapshot';
import type { SyncRunner } from '../sync/sync-runner';
import type { ToolbarBadge } from './toolbar-badge';
import type { TrackerRuntime } from './tracker-runtime';

/** What the browser can tell the handlers right now (ports onto `browser.idle` and `windows`). */
export interface BrowserState {
  /** `idle.queryState` with this threshold in seconds. */
  queryIdle(thresholdSec: number): Promise<Idle.IdleState>;
  /** Whether the window has focus now; undefined once it is closed. */
  windowFocus(windowId: number): Promise<WindowFocusReport | undefined>;
  /** Whether the tab is the active one of its window now; undefined once it is closed. */
  tabActive(tabId: number): Promise<boolean | undefined>;
  /**
   * The tab's title as the browser shows it (for a PDF, the document's own title), or undefined
   * when the browser does not tell (no such tab, or no access to its title).
   */
  tabTitle(tabId: number): Promise<string | undefined>;
  /** Makes the tab the active one of its window and focuses that window; false when it is gone. */
  showTab(tabId: number, windowId: number): Promise<boolean>;
  /** Sends a command to a tab's content script; false when no script answered (`tabs.sendMessage`). */
  sendToTab(tabId: number, message: unknown): Promise<boolean>;
  /**
   * Injects frame presence (FRAME_PRESENCE_PATH) into each subframe of the tab whose document
   * lacks it (injection/frame-presence-injection.ts). Never throws (a tab gone, a frame navigating).
   */
  injectFramePresence(tabId: number): Promise<void>;
  /** Opens `url` in a new tab (`tabs.create`); its id, undefined when the browser gives none. */
  openTab(url: string): Promise<number | undefined>;
  /**
   * The page in front: the active tab of the last focused normal window (the one the toolbar
   * popup opens over). `url` only where the host permissions give it (http(s) pages: no `tabs`
   * permission); undefined when there is no such window or tab.
   */
  frontTab(): Promise<FrontTab | undefined>;
  /**
   * The tab of window `windowId` the reader was on last before `except` (the most recently
   * accessed other tab, by tabs' `lastAccessed`): what the popup open as tab `except` talks
   * about. Undefined with no other tab, or where the browser gives no `lastAccessed` (Chromium
   * before 121).
   */
  lastTabBefore(windowId: number, except: number): Promise<FrontTab | undefined>;
}

/** The active tab of the last focused normal window, as BrowserState.frontTab finds it. */
export interface FrontTab {
  tabId: number;
  windowId: number;
  /** Absent when the browser does not give it (no host permission for the page). */
  url?: string;
  incognito: boolean;
}

/**
 * Everything a message handler may use, built once by start-up (start-up.ts) behind the `ready`
 * promise. Handlers get it as their first argument and import nothing from the composition root.
 */
export interface BackgroundContext {
  db: Db;
  tracker: TrackerRuntime;
  sync: SyncRunner;
  /** The organisation relay: its config, rules and outbox (src/organisation/). */
  organisation: OrganisationHook;
  /** The toolbar icon's badge and tooltip. */
  badge: ToolbarBadge;
  /** The settings as last read from storage.local (kept current by storage.onChanged). */
  settings: () => Settings;
  /** storage.local, where settings are written. */
  storage: SettingsStorage;
  /** storage.session: what must not outlive the browser session (a storage problem). */
  session: Storage.StorageArea;
  /** Deletions with an undo window. */
  deletions: DeletionRunner;
  browserState: BrowserState;
  /** Positions for tabs opened to resume a page, sent once the page is read there. */
  pendingResumes: PendingResumeStore;
  /** Reads a page's snapshot off the page's main thread (snapshot/snapshot-host.ts). */
  snapshots: SnapshotReader;
  /** Reads the Blob a page's snapshot was sent in (snapshot/sent-snapshot.ts). */
  blobText: BlobText;
  /** Reads of pages left while they were read, matched with their leave reports (left-reads.ts). */
  leftReads: LeftReads;
  /** Sign-in (account, complete, sign out); absent in builds or tests without it. */
  auth?: AuthService;
}

/** The page a content-script message came from, as the browser (not the page) reports it. */
export interface PageSender {
  tabId: number;
  /** -1 when the browser did not say. */
  windowId: number;
  tabActive: boolean;
  /** Whether the tab is muted (`sender.tab.mutedInfo.muted`); absent when the browser did not say. */
  tabMuted?: boolean;
  /** The sending frame's own URL (`sender.url`; `tab.url` would need the tabs permission). */
  url: string;
  /**
   * The sending frame (`sender.frameId`: 0 for the tab's top frame, another for a subframe),
   * unique within its tab. https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/runtime/MessageSender
   */
  frameId: number;
}

/** The context of a content-script handler: the worker's, plus the page that sent the message. */
export interface PageContext extends BackgroundContext {
  page: PageSender;
  /** When the worker heard the message (epoch ms), before start-up let it through. */
  receivedAt: number;
}
