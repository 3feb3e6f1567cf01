// The one content script every page load pays for, in every http(s) frame (manifest: all_frames).
// Built as one classic script (`.iife.ts`, crxjs inlines its imports): no module loader, no
// extension file fetched, no extension API touched while the page loads (issue #13, kind 6).
// - Top frame: the load path (page-load.ts) notes attention, input, the head and route changes;
//   once the page has held attention a while it imports the reading module (reading.ts), which
//   takes over.
// - Subframes (an embedded player, a comments widget): presence evidence the top frame cannot see
//   (frame-presence.ts). about:blank frames (ad slots, mostly) are left out (no match_about_blank).
import { startPageScript } from './page-load';
import type * as Reading from './reading';
import { READING_MODULE_PATH } from './reading-module-path';
import { createWorkerChannel } from './worker-channel';

const lifetime = new AbortController();
startPageScript(
  window,
  async (notes, feed, page) => {
    // A module URL, not a specifier the bundler resolves: this script has no module graph.
    // Spelled `chrome.runtime.getURL` (Firefox has `chrome` in content scripts too): the add-ons
    // linter (AMO's `no-unsanitized/method`) accepts a dynamic import only of that call.
    const reading = (await import(
      /* @vite-ignore */ chrome.runtime.getURL(READING_MODULE_PATH)
    )) as typeof Reading;
    reading.takeOver(notes, feed, page);
  },
  createWorkerChannel(lifetime),
  lifetime.signal,
);
