import type { IDBPDatabase } from 'idb';
import type { KeyValueRecords, KvKey, TimelineDb } from './schema';

// db.ts imports kv.ts for its migrations, so the database type is spelled here, not imported back.
type Db = IDBPDatabase<TimelineDb>;

/** The `kv` object store inside a transaction (`tx.objectStore('kv')`), as far as kv.ts needs it. */
export interface KvStore {
  get(key: KvKey): Promise<KeyValueRecords[KvKey] | undefined>;
  put(value: KeyValueRecords[KvKey], key: KvKey): Promise<unknown>;
}

/**
 * Reads one `kv` singleton with the type `KeyValueRecords` declares for its key, from the
 * database (its own transaction) or from a transaction's `kv` store. Undefined when never written.
 */
export async function getKv<K extends KvKey>(
  source: Db | Pick<KvStore, 'get'>,
  key: K,
): Promise<KeyValueRecords[K] | undefined> {
  const value = 'objectStoreNames' in source ? await source.get('kv', key) : await source.get(key);
  // idb types a store's values per store, not per key; putKv is the only writer, and it writes
  // KeyValueRecords[K] under K, so this narrowing holds.
  return value as KeyValueRecords[K] | undefined;
}

/** Writes one `kv` singleton; the value must have the type declared for its key. */
export async function putKv<K extends KvKey>(
  target: Db | KvStore,
  key: K,
  value: KeyValueRecords[K],
): Promise<void> {
  if ('objectStoreNames' in target) await target.put('kv', value, key);
  else await target.put(value, key);
}
