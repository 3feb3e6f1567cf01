/**
 * Names where rows were read, for the popup and the history page: another device by the name it
 * published (markers.ts), "another device" when it published none, this device in the user's
 * words. Names come from Graph, so the UI sets them as text only, like page titles. A default name
 * is published in English ("Chrome on Windows (3FA2)", device-id.ts) and shown in the user's
 * language ("Chrome unter Windows (3FA2)").
 */
import type { Db } from '../store/db';
import type { EngagementRow, PageRow } from '../store/page-rows';
import { readDefaultName, type DefaultDeviceName } from './device-id';
import { UNKNOWN_DEVICE } from './merge';
import { deviceNames } from './pull-store';

/** The words for the two devices that have no published name, and for a default name. */
export interface DeviceWords {
  thisDevice: string;
  unknown: string;
  /** A default name's parts in the user's language (device-name-words.ts). */
  defaultName: (name: DefaultDeviceName) => string;
}

function nameOf(names: Record<string, string>, node: string, words: DeviceWords): string {
  const name = node === UNKNOWN_DEVICE ? undefined : names[node];
  if (name === undefined) return words.unknown;
  const parts = readDefaultName(name, node);
  return parts ? words.defaultName(parts) : name;
}

/** Engagement rows with `device` turned from a node into a name. */
export async function nameEngagementDevices(
  db: Db,
  rows: readonly EngagementRow[],
  words: DeviceWords,
): Promise<EngagementRow[]> {
  if (!rows.some((row) => row.device !== undefined)) return [...rows];
  const names = await deviceNames(db);
  return rows.map((row) =>
    row.device === undefined ? row : { ...row, device: nameOf(names, row.device, words) },
  );
}

/**
 * Page rows with `devices` set when another device read the page: every device that did, this one
 * first. One index read per row (the popup shows about 30).
 */
export async function namePageDevices(
  db: Db,
  rows: readonly PageRow[],
  words: DeviceWords,
): Promise<PageRow[]> {
  const tx = db.transaction('historyItems', 'readonly');
  const index = tx.objectStore('historyItems').index('by-activity');
  const nodes = await Promise.all(
    rows.map(async (row) => (await index.getAll(row.appActivityId)).map((item) => item.device)),
  );
  await tx.done;
  if (!nodes.some((list) => list.some((node) => node !== undefined))) return [...rows];
  const names = await deviceNames(db);
  return rows.map((row, i) => {
    const list = nodes[i] ?? [];
    if (!list.some((node) => node !== undefined)) return row;
    const labels = new Set<string>();
    if (list.includes(undefined)) labels.add(words.thisDevice);
    for (const node of list) if (node !== undefined) labels.add(nameOf(names, node, words));
    return { ...row, devices: [...labels] };
  });
}
