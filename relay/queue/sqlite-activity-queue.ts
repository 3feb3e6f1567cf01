/**
 * {@link ActivityQueue} on one SQLite file through better-sqlite3 (v12: v13 crashes on Node 20).
 * WAL journal; {@link ActivityQueue.enqueue} commits with `synchronous = FULL`: once it returned the
 * reads are on disk, so the HTTP API can acknowledge right after it. The UNIQUE constraint is the
 * one-activity-per-(connection, item, user, type, startDateTime) rule, kept by the database.
 */
import Database from 'better-sqlite3';
import type {
  ActivityQueue,
  DeliveryOutcome,
  ActivityReport,
  ExternalActivityType,
  PermanentFailure,
  QueueCounts,
  QueuedActivity,
} from './activity-queue';

const SCHEMA_VERSION = 3;

const MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE activity (
      id INTEGER PRIMARY KEY,
      connection_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      user_id TEXT NOT NULL,
      type TEXT NOT NULL,
      start_date_time TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      not_before INTEGER NOT NULL,
      lease_until INTEGER NOT NULL DEFAULT 0,
      enqueued_at INTEGER NOT NULL,
      finished_at INTEGER,
      error_code TEXT,
      error_message TEXT,
      UNIQUE (connection_id, item_id, user_id, type, start_date_time)
    );
    CREATE INDEX activity_due ON activity (not_before, id) WHERE state = 'pending';
  `,
  // Leases walk pending entries in id order and stop at the limit: without this index SQLite sorted
  // every due entry on each lease, which slowed delivery to a crawl with ten thousand queued.
  2: `CREATE INDEX activity_pending ON activity (id) WHERE state = 'pending';`,
  // Pruning finished entries by age (prune) walks this instead of the whole table.
  3: `CREATE INDEX activity_finished ON activity (finished_at) WHERE state != 'pending';`,
};

interface Row {
  id: number;
  connection_id: string;
  item_id: string;
  user_id: string;
  type: ExternalActivityType;
  start_date_time: string;
  attempts: number;
}

/** Opens (creating or migrating) the queue at `path`; `:memory:` for tests. */
export function openSqliteActivityQueue(path: string): ActivityQueue {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // Acknowledged reads are committed with FULL (on disk even after a power loss); delivery
  // bookkeeping with NORMAL (safe when the process dies; a power loss may resend a call).
  db.pragma('synchronous = NORMAL');
  // Several relays on one machine may share the file: wait for the writer instead of failing.
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare<[string, string, string, string, string, number, number]>(
    `INSERT OR IGNORE INTO activity
       (connection_id, item_id, user_id, type, start_date_time, not_before, enqueued_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const enqueueAll = db.transaction((reports: readonly ActivityReport[], now: number) => {
    let added = 0;
    for (const r of reports) {
      added += insert.run(
        r.connectionId,
        r.itemId,
        r.userId,
        r.type,
        r.startDateTime,
        now,
        now,
      ).changes;
    }
    return { added, duplicates: reports.length - added };
  });
  const leaseStatement = (filtered: boolean) =>
    db.prepare(
      `UPDATE activity SET lease_until = @leaseUntil, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM activity
         WHERE state = 'pending' AND not_before <= @now AND lease_until <= @now
           ${filtered ? 'AND connection_id IN (SELECT value FROM json_each(@connections))' : ''}
         ORDER BY id LIMIT @limit)
       RETURNING id, connection_id, item_id, user_id, type, start_date_time, attempts`,
    );
  const leaseAny = leaseStatement(false);
  const leaseSome = leaseStatement(true);
  const delivered = db.prepare(
    `UPDATE activity SET state = 'delivered', finished_at = ?, lease_until = 0
     WHERE state = 'pending' AND id IN (SELECT value FROM json_each(?))`,
  );
  const release = db.prepare(
    `UPDATE activity SET lease_until = 0, attempts = MAX(0, attempts - 1)
     WHERE state = 'pending' AND id IN (SELECT value FROM json_each(?))`,
  );
  const retry = db.prepare(
    `UPDATE activity SET not_before = ?, lease_until = 0, error_message = ?
     WHERE state = 'pending' AND id IN (SELECT value FROM json_each(?))`,
  );
  const failed = db.prepare(
    `UPDATE activity SET state = 'failed', finished_at = ?, lease_until = 0,
       error_code = ?, error_message = ?
     WHERE state = 'pending' AND id IN (SELECT value FROM json_each(?))`,
  );
  const pruneFinished = db.prepare<[number]>(
    `DELETE FROM activity WHERE state != 'pending' AND finished_at < ?`,
  );
  const countStates = db.prepare<[], { state: keyof QueueCounts; n: number }>(
    'SELECT state, COUNT(*) AS n FROM activity GROUP BY state',
  );

  const settleAll = db.transaction((outcome: DeliveryOutcome, now: number) => {
    delivered.run(now, JSON.stringify(outcome.delivered));
    for (const { id, failure } of outcome.failed) {
      failed.run(now, failure.code, failure.message, JSON.stringify([id]));
    }
    for (const { id, notBefore, reason } of outcome.retry) {
      retry.run(notBefore, reason, JSON.stringify([id]));
    }
  });

  return {
    enqueue: (reports, now) => {
      db.pragma('synchronous = FULL');
      try {
        return enqueueAll(reports, now);
      } finally {
        db.pragma('synchronous = NORMAL');
      }
    },
    settle: (outcome, now) => {
      settleAll(outcome, now);
    },
    lease(now, leaseMs, limit, connectionIds) {
      const params = { now, leaseUntil: now + leaseMs, limit };
      const rows = (
        connectionIds === undefined
          ? leaseAny.all(params)
          : leaseSome.all({ ...params, connections: JSON.stringify(connectionIds) })
      ) as Row[];
      return rows.sort((a, b) => a.id - b.id).map(fromRow);
    },
    release(ids) {
      release.run(JSON.stringify(ids));
    },
    markDelivered(ids, now) {
      delivered.run(now, JSON.stringify(ids));
    },
    retryLater(ids, notBefore, reason) {
      retry.run(notBefore, reason, JSON.stringify(ids));
    },
    markFailed(ids, failure: PermanentFailure, now) {
      failed.run(now, failure.code, failure.message, JSON.stringify(ids));
    },
    counts() {
      const counts: QueueCounts = { pending: 0, delivered: 0, failed: 0 };
      for (const { state, n } of countStates.all()) counts[state] = n;
      return counts;
    },
    prune: (finishedBefore) => pruneFinished.run(finishedBefore).changes,
    close: () => {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(`queue schema ${from} is newer than this relay (${SCHEMA_VERSION})`);
  }
  db.transaction(() => {
    for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version}`);
    }
  })();
}

function fromRow(row: Row): QueuedActivity {
  return {
    id: row.id,
    connectionId: row.connection_id,
    itemId: row.item_id,
    userId: row.user_id,
    type: row.type,
    startDateTime: row.start_date_time,
    attempts: row.attempts,
  };
}
