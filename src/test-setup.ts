// Shared Vitest setup. IndexedDB for store tests comes from fake-indexeddb, a faithful in-memory
// implementation, so the real `idb` code paths run in Node.
import 'fake-indexeddb/auto';
