// The messages the pages' content scripts send (contract.ts puts them with the UI's in one map).
import type { PageCapture, PageMetadata } from '../activity/page-metadata';
import type { ReadingPosition } from '../activity/text-fragment';
import type { SentSnapshot } from './snapshot';

/** A page's report: `M` is what the page sends (PageCapture), or what the worker gets. */
export interface PageLoaded<M extends PageCapture> {
  metadata: M;
  visible: boolean;
  /** How long (ms) the page had been read when it reported (it reports once read). */
  attendedMs?: number;
  /**
   * The page is no longer attended as it reports (hidden or blurred while it was being read): its
   * `attendedMs` of reading ended this long (ms) before `at`. Absent: it is still being read.
   */
  leftMs?: number;
  /**
   * When the page measured `attendedMs` (epoch ms): the reading began `attendedMs` before this, not
   * before the moment a busy worker heard the report (believed a few seconds back at most, never
   * ahead: tracking/event-time.ts).
   */
  at?: number;
  /** A document the page cannot observe (the PDF viewer): the tab's title names it. */
  viewer?: boolean;
  /** A <video>/<audio> element plays as the page reports (started before it was read). */
  mediaPlaying?: boolean;
  /** As a page-signal's. */
  mediaSeen?: boolean;
  /**
   * Sent as the page was left while the worker read its snapshot: `metadata` is only its address
   * and title, which that read completes once it ends (background/snapshot/left-reads.ts).
   */
  partial?: boolean;
}

/** Sent by the content script of an http(s) page (`frame-signal` also by any of its subframes). */
export interface ContentContract {
  'page-loaded': {
    request: PageLoaded<PageCapture>;
    /** The metadata checked, with the appActivityId the worker derived from its url. */
    received: PageLoaded<PageMetadata>;
    response: { tracked: boolean; heartbeatMs: number; idleThresholdSec: number };
  };
  /**
   * The page is still there. `focused`: whether the page's own window has focus as its focus/blur
   * events say. `presentUntil` (epoch ms): sent after the page itself stopped running for a while
   * (a frozen tab, a sleeping machine); the last moment before that it saw the reader. With it,
   * `resumedAt` (epoch ms): when the page ran again. `at` (epoch ms): when the page's own focus,
   * blur or visibility change it reports happened (believed only a few seconds back, never ahead:
   * tracking/event-time.ts). `routeLeft`: sent as an in-page route change is seen, the last word
   * about the route reported; the new route reports itself once read. `mediaPlaying`: a
   * <video>/<audio> element plays, heard or seen; `mediaSeen` (absent: false): of it, a video of
   * the reader's shows its picture (content/page-document.ts), which counts in a muted tab too.
   */
  'page-signal': {
    request: {
      visible: boolean;
      mediaPlaying: boolean;
      mediaSeen?: boolean;
      focused?: boolean;
      presentUntil?: number;
      resumedAt?: number;
      at?: number;
      routeLeft?: boolean;
    };
    response: null;
  };
  'page-left': { request: Record<string, never>; response: null };
  /**
   * The page's document, serialised, to be read off its main thread (snapshot.ts): the worker
   * answers what the extractor found in it, or null when the page may not be read (a pause, a
   * never-record site). An error reply (a host that failed) leaves the page to its fallback.
   */
  'read-snapshot': { request: SentSnapshot; response: PageCapture | null };
  /** A subframe saw input, or its media started, stopped or still plays (frame-presence.ts). */
  'frame-signal': {
    request: {
      mediaPlaying: boolean;
      /** As a page-signal's. */
      mediaSeen?: boolean;
      presentUntil?: number;
      resumedAt?: number;
    };
    response: null;
  };
  /**
   * A frame of the page read loaded (frame-loads.ts): the worker injects frame presence into the
   * tab's frames again (frame-start.ts ignores a frame that has it). From the top frame, or from
   * a subframe's presence script for a frame inside it.
   */
  'frames-loaded': { request: Record<string, never>; response: null };
  /**
   * Where the reader is now in the page at `url` (its address, each in-page route its own).
   * Kept for the page the tab is tracking; ignored when not tracked, paused or excluded.
   */
  'page-position': { request: { url: string; position: ReadingPosition }; response: null };
}
