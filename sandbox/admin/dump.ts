// The admin API's view of the Graph store (GET /__sandbox/dump).
import { instantFromMs } from '../graph/datetime';
import { activityToJson } from '../graph/serialize';
import type { SandboxClock } from '../clock';
import type { GraphServer } from '../graph/server';
import type { SandboxDump } from './types';

/** Every user's activities and history items as stored, in write order, with write counts. */
export function dumpStore(target: { graph: GraphServer; clock: SandboxClock }): SandboxDump {
  const { graph, clock } = target;
  const users: SandboxDump['users'] = {};
  for (const [oid, activities] of graph.store.entries(instantFromMs(clock.now()))) {
    if (activities.length === 0) continue;
    users[graph.userLabel(oid)] = {
      oid,
      activities: activities
        .sort((a, b) => a.seq - b.seq)
        .map((activity) => {
          const json = activityToJson(activity, {
            historyItems: [...activity.historyItems.values()],
          });
          const items = [...activity.historyItems.values()];
          return {
            ...json,
            appId: activity.appId,
            writeCount: activity.writeCount,
            historyItems: items.map((item, i) => ({
              ...(Array.isArray(json.historyItems) ? (json.historyItems[i] as object) : {}),
              writeCount: item.writeCount,
            })),
          } as SandboxDump['users'][string]['activities'][number];
        }),
    };
  }
  return { users };
}
