import type { ActivitiesClient } from '../graph/activities-client';
import type { SyncWrite } from './sync-writes';

/**
 * Sends one planned write. Returns Graph's id for an activity PUT (the key of later history-item
 * and delete paths), else undefined.
 * @throws GraphError or NetworkError as the client does; the retry policy classifies them.
 */
export async function sendWrite(
  client: ActivitiesClient,
  write: SyncWrite,
): Promise<string | undefined> {
  switch (write.op) {
    case 'put-activity':
      return (await client.putActivity(write.appActivityId, write.body)).id;
    case 'put-history-item':
      await client.putHistoryItem(write.serverId, write.item.id, write.body);
      return undefined;
    case 'delete-activity':
      await client.deleteActivity(write.serverId);
      return undefined;
    case 'delete-history-item':
      await client.deleteHistoryItem(write.serverId, write.historyItemId);
      return undefined;
  }
}
