// The `by-site-label` (version 11) and `by-host-key` (version 12) indexes' back-fill: pages written
// before them get their site label and host key after the database opens, a small batch per
// transaction, not in the upgrade, which the first screen waits for: rewriting a page rewrites all
// its index entries (its search terms' too), and labelling 50,000 pages in the upgrade took 638 s
// at load 14 (docs/performance.md).
import { siteLabelOf } from '../activity/site-label';
import type { Db } from './db';
import { hostKeyOf } from './host-key';
import { getKv, putKv, type KvStore } from './kv';

/**
 * Pages looked at per transaction: about 13 ms each at load 14 (the upgrade's rate), so a request
 * queued behind a batch waits well under a second.
 */
const BATCH = 50;

/**
 * Whether every page has its site label, so `by-site-label` lists every page of a site: no
 * back-fill left (`site-label-fill` absent), or one for host keys alone (`labelled`). Read it in
 * the transaction that reads the index.
 */
export async function siteLabelsReady(kv: Pick<KvStore, 'get'>): Promise<boolean> {
  const fill = await getKv(kv, 'site-label-fill');
  return fill === undefined || fill.labelled === true;
}

/**
 * Whether every page has its host key, so `by-host-key` lists every page of a host: no back-fill
 * left. Read it in the transaction that reads the index.
 */
export async function hostKeysReady(kv: Pick<KvStore, 'get'>): Promise<boolean> {
  return (await getKv(kv, 'site-label-fill')) === undefined;
}

/**
 * Labels the pages an upgrade from before version 12 left without `siteLabel` or `hostKey`, in key
 * order, one batch of `batch` pages per transaction, yielding between them; the position is kept in
 * `kv` (`site-label-fill`), so a worker stopped halfway goes on where it was at its next start, and
 * the marker goes once every page is labelled. A page written meanwhile is labelled by its write
 * (search-keys.ts `withIndexKeys`). Returns how many pages it rewrote; nothing to do: 0.
 */
export async function fillSiteLabels(db: Db, batch = BATCH): Promise<number> {
  let filled = 0;
  for (;;) {
    const tx = db.transaction(['activities', 'kv'], 'readwrite');
    const kv = tx.objectStore('kv');
    const state = await getKv(kv, 'site-label-fill');
    if (state === undefined) {
      await tx.done;
      return filled;
    }
    const range = state.after === undefined ? undefined : IDBKeyRange.lowerBound(state.after, true);
    let cursor = await tx.objectStore('activities').openCursor(range);
    let last: string | undefined;
    for (let n = 0; cursor && n < batch; n++) {
      const record = cursor.value;
      const siteLabel = siteLabelOf(record.metadata.url, record.metadata.siteName);
      const hostKey = hostKeyOf(record.metadata.url);
      if (record.siteLabel !== siteLabel || record.hostKey !== hostKey) {
        await cursor.update({ ...record, siteLabel, hostKey });
        filled++;
      }
      last = cursor.key;
      cursor = await cursor.continue();
    }
    const after = last ?? state.after;
    if (cursor) {
      await putKv(kv, 'site-label-fill', {
        ...(state.labelled ? { labelled: true } : {}),
        ...(after === undefined ? {} : { after }),
      });
    } else await kv.delete('site-label-fill');
    await tx.done;
    // Other requests (a first screen, a count) run between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
