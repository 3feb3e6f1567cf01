/**
 * Where the built extension keeps the reading module (src/content/reading.ts): the part of the
 * content script loaded only once a page is being read. A fixed name, because the page-load
 * script is one classic script with no module graph to resolve a hashed name through; the build
 * (scripts/build/content-reading-chunk.ts) emits the module, with no imports, under this name and
 * makes it web-accessible, in Chromium only through the session's dynamic URL (a site fetching the
 * fixed path is refused). Load it from `chrome.runtime.getURL(READING_MODULE_PATH)`.
 */
export const READING_MODULE_PATH = 'assets/content-reading.js';
