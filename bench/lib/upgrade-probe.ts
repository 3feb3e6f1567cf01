// Runs inside an extension page (bundled by ../site-label-upgrade.ts): copies the extension's
// seeded database into a version 10 one, as version 10 stored it (no `siteLabel`, no `hostKey`),
// then times the product's own upgrade of it to the current version (store/db.ts
// `openTimelineDb`) and the back-fill that labels its pages after it (store/site-labels.ts
// `fillSiteLabels`).
import { openDB } from 'idb';
import { openTimelineDb } from '../../src/store/db';
import { fillSiteLabels } from '../../src/store/site-labels';
import { createReleasedSchema } from '../../src/store/testing/released-db';

/** Records per copy transaction. */
const CHUNK = 5000;
const PROBE = 'upgrade-probe';

/**
 * What the upgrade took: wall ms of the open, then of labelling every page after it (the
 * back-fill, site-labels.ts), and how many pages the new index then lists.
 */
export interface UpgradeProbe {
  upgradeMs: number;
  fillMs: number;
  activities: number;
  labelled: number;
}

/** Copies the history into a version 10 database and times opening it with this build. */
export async function probeUpgrade(): Promise<UpgradeProbe> {
  const source = await openTimelineDb();
  const old = await openDB(PROBE, 10, {
    upgrade: (db) => {
      createReleasedSchema(db, 10);
    },
  });
  for (const store of ['activities', 'historyItems'] as const) {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      // Either store's records, as plain objects: only their keys and index keys are looked at.
      const records = (await source.getAll(store, range, CHUNK)) as unknown as Record<
        string,
        unknown
      >[];
      if (records.length === 0) break;
      const tx = old.transaction(store, 'readwrite');
      for (const { siteLabel: _label, hostKey: _key, ...record } of records) {
        void tx.store.put(record);
      }
      await tx.done;
      const last = records.at(-1);
      after = String(last?.[store === 'activities' ? 'appActivityId' : 'id']);
    }
  }
  source.close();
  old.close();
  const started = performance.now();
  const db = await openTimelineDb(PROBE);
  const upgradeMs = performance.now() - started;
  await fillSiteLabels(db);
  const fillMs = performance.now() - started - upgradeMs;
  const activities = await db.count('activities');
  const labelled = await db.countFromIndex('activities', 'by-site-label');
  db.close();
  return { upgradeMs, fillMs, activities, labelled };
}
