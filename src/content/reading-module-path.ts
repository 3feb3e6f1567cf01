/**
 * Where the built extension keeps the reading path (src/content/reading-start.ts): one classic
 * script the worker injects with `scripting.executeScript({ files })` into a page being read
 * (src/background/injection/). Built by scripts/build/content-reading-chunk.ts; not
 * web-accessible (an injected file needs no entry), so a site cannot fetch it.
 */
export const READING_MODULE_PATH = 'assets/content-reading.js';

/** Where the built extension keeps frame presence (src/content/frame-start.ts), one classic script. */
export const FRAME_PRESENCE_PATH = 'assets/frame-presence.js';

/**
 * The global frame presence sets in its frame's isolated world once it runs (frame-start.ts): the
 * worker asks each frame for it before injecting the file, so a frame document runs it once.
 */
export const FRAME_PRESENCE_GUARD = '__readingTimelineFrame';
