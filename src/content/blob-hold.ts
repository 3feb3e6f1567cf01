// Where the page holds a large snapshot's HTML for the worker (issue #13: read p95 ≤ 10 ms).
// Chrome's messaging JSON-copies and then UTF-8-converts every character of a message on the
// page's main thread; a Blob costs one UTF-8 copy there and a fixed cost of its own (its
// registration with the browser), and the worker reads it by its URL off that thread
// (background/snapshot/sent-snapshot.ts). `bench:read-trace`, Chromium, 6 pages × 2 (session 15,
// load ~12, the snapshot part's thread time): bug-1255978 (302 K characters) 9.1-9.6 → 7.5-8.2 ms,
// buzzfeed-1 (259 K) 8.2-12.4 → 7.4-8.3, but cnet (175 K) 5.8-6.1 → 6.0-6.8 and breitbart
// (229 K) about +0.3: it pays from about BLOB_MIN_CHARS. Session 16, a 64 K threshold against it
// (10 pages of 78-229 K × 2, load ~12): the snapshot part +0.15 ms paired median, aktualne (119 K)
// +2-2.7 ms, bbc-1 (174 K) +1.3: below about 230 K the Blob costs more than the copy it saves. Firefox's messaging clones the string
// without that copy, and whether its background page may read a content script's Blob is not
// established: there the HTML always goes inline.

/**
 * Holds `html` where the worker can read it (a Blob URL) and lets it go; null where the HTML is to
 * be sent inline.
 */
export type HoldHtml = (html: string) => { url: string; release: () => void } | null;

/** The shortest HTML (UTF-16 code units) held in a Blob rather than sent inline. */
export const BLOB_MIN_CHARS = 250_000;

/**
 * HoldHtml by `URL.createObjectURL`: a Blob URL of the page's own origin, revoked once the worker
 * answered (a page closed first revokes it with its document). Null for HTML under
 * BLOB_MIN_CHARS, in Firefox builds, or where a Blob cannot be made (the HTML then goes inline).
 */
export const holdInBlob: HoldHtml = (html) => {
  if (import.meta.env.MODE === 'firefox' || html.length < BLOB_MIN_CHARS) return null;
  try {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    return {
      url,
      release: () => {
        URL.revokeObjectURL(url);
      },
    };
  } catch {
    return null;
  }
};
