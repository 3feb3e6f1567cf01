// Test helper for the listing tests (listing.test.ts, listing-query.test.ts): alice's Graph
// client on the file's sandbox, every page behind next links, and many activities written.
import { expect } from 'vitest';
import type { SandboxFixture } from './fixture';
import { activityBody, type GraphClient, graphClient } from './graph-client';

/** The helpers, bound to the test file's sandbox (`fx`, from useSandbox). */
export function listingHelpers(fx: SandboxFixture) {
  async function alice(): Promise<GraphClient> {
    return graphClient(fx.sb.graphBaseUrl, await fx.sb.issueToken('alice'));
  }

  /** Follows next links from `path`, returning every page. */
  async function allPages(graph: GraphClient, path: string) {
    const pages: { value: { appActivityId: string; historyItems?: unknown[] }[]; next?: string }[] =
      [];
    let url: string | undefined = path;
    while (url !== undefined) {
      const res = await graph.get(url);
      expect(res.status).toBe(200);
      const next = res.body['@odata.nextLink'];
      pages.push({ value: res.body.value ?? [], ...(next ? { next } : {}) });
      url = next?.slice(fx.sb.graphBaseUrl.length);
      if (pages.length > 100) throw new Error('runaway paging');
    }
    return pages;
  }

  async function writeMany(graph: GraphClient, count: number, prefix = 'a'): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${prefix}${String(i).padStart(3, '0')}`;
      expect((await graph.putActivity(id, activityBody(id))).status).toBe(201);
      ids.push(id);
    }
    return ids;
  }

  return { alice, allPages, writeMany };
}
