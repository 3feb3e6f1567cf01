// What bench/snapshot-equivalence.ts runs inside each page: the page's serialiser, and the reader
// the offscreen document runs on what it sends.
export { serialiseForReading } from '../../src/content/snapshot-html';
export { parseHtml, readSnapshot } from '../../src/background/snapshot/read-snapshot';
export { readDocument } from '../../src/content/reader';
export { MAX_SNAPSHOT_CHARS } from '../../src/messaging/snapshot';
