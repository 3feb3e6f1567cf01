// Test helper: a fresh, empty database for each test of a file (fake-indexeddb, from test-setup).
import { afterEach, beforeEach } from 'vitest';
import { openTimelineDb, type Db } from '../db';

/**
 * Before each test of the calling file, opens a new database named `prefix-N` (N counts up, so no
 * test sees another's records) and hands it to `use`; after each, closes it. Call at top level or
 * in a describe, as the hooks it registers.
 */
export function freshDbForEachTest(prefix: string, use: (db: Db) => void): void {
  let count = 0;
  let db: Db | undefined;
  beforeEach(async () => {
    db = await openTimelineDb(`${prefix}-${String(++count)}`);
    use(db);
  });
  afterEach(() => {
    db?.close();
  });
}
