// The test-only admin API, under /__sandbox/ on the Graph server (127.0.0.1 only). It is not part of
// Graph: no token, no Graph paths. To keep web pages a test browser visits from poking it, any
// request carrying an Origin header is refused and bodies must be JSON (so no CORS-free form post).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxClock } from '../clock';
import { instantFromMs } from '../graph/datetime';
import { validateFailOptions, validateMatch } from '../graph/faults';
import { isJsonContentType } from '../graph/request';
import type { GraphServer } from '../graph/server';
import { validateBudget } from '../graph/throttle';
import { parseJson, readBody, sendJson } from '../http-util';
import type { IdentityProvider } from '../oidc/provider';
import { validateActivity } from '../graph/validate';
import { OTHER_APP_CLIENT_ID, SANDBOX_CLIENT_ID } from '../oidc/registration';
import { sandboxUser } from '../users';
import { AdminError, type Body, type Handler, int, num, userName } from './body';
import { connectorAdminRoutes } from './connector-admin';
import { dumpStore } from './dump';
import type { SandboxInfo } from './types';

/**
 * What the admin API acts on: the Graph server, the identity provider, the clock, instance info.
 */
export interface AdminTarget {
  graph: GraphServer;
  idp: IdentityProvider;
  clock: SandboxClock;
  info: () => SandboxInfo;
}

/** The admin API's request handler (`METHOD /path` routes, JSON in and out) over `target`. */
export function createAdminHandler(target: AdminTarget) {
  const { graph, idp, clock } = target;
  const routes: Record<string, Handler> = {
    'GET /info': () => target.info(),
    'GET /dump': () => dumpStore(target),
    'POST /reset': () => {
      graph.reset();
      idp.reset();
      return { ok: true };
    },
    'GET /requests': (_b, q) => graph.log.list(Number(q.get('since') ?? 0) || 0),
    'POST /requests/clear': () => {
      graph.log.clear();
      return { ok: true };
    },
    'GET /faults': () => graph.faults.state(),
    'POST /faults/fail': (b) => {
      const count = int(b, 'count', 1);
      try {
        graph.faults.failNext(count, validateFailOptions(b));
      } catch (error) {
        throw new AdminError(400, (error as Error).message);
      }
      return graph.faults.state();
    },
    'POST /faults/drop': (b) => {
      const count = int(b, 'count', 1);
      try {
        graph.faults.dropNext(count, validateMatch(b));
      } catch (error) {
        throw new AdminError(400, (error as Error).message);
      }
      return graph.faults.state();
    },
    'POST /faults/latency': (b) => {
      graph.faults.setLatency(num(b, 'ms'));
      return graph.faults.state();
    },
    'POST /faults/decode-slashes': (b) => {
      if (typeof b.on !== 'boolean') throw new AdminError(400, 'on must be true or false');
      graph.faults.setDecodeEncodedSlashes(b.on);
      return graph.faults.state();
    },
    'POST /faults/clear': () => {
      graph.faults.clear();
      return graph.faults.state();
    },
    'GET /budget': (_b, q) => {
      const user = q.get('user');
      const oid = user ? sandboxUser(user).oid : undefined;
      return {
        writes: graph.writes.limits,
        reads: graph.reads.limits,
        ...(oid
          ? {
              usage: {
                writes: graph.writes.usage(oid, clock.now()),
                reads: graph.reads.usage(oid, clock.now()),
              },
            }
          : {}),
      };
    },
    'POST /budget': (b) => {
      try {
        if (b.writes !== undefined) graph.writes.setLimits(validateBudget(b.writes));
        if (b.reads !== undefined) graph.reads.setLimits(validateBudget(b.reads));
      } catch (error) {
        throw new AdminError(400, (error as Error).message);
      }
      return { writes: graph.writes.limits, reads: graph.reads.limits };
    },
    'GET /clock': () => ({ now: clock.now() }),
    'POST /clock/advance': (b) => ({ now: clock.advance(num(b, 'ms')) }),
    'POST /page-size': (b) => {
      graph.pageSize = int(b, 'size', 1);
      return { size: graph.pageSize };
    },
    'POST /seed-foreign': (b) => {
      const { oid } = sandboxUser(userName(b));
      const count = int(b, 'count', 1);
      const now = instantFromMs(clock.now());
      for (let i = 0; i < count; i++) {
        graph.store.putActivity(
          oid,
          OTHER_APP_CLIENT_ID,
          {
            appActivityId: `foreign-${String(clock.now())}-${String(i)}`,
            activitySourceHost: 'https://other-app.example',
            activationUrl: `https://other-app.example/item/${String(i)}`,
            visualElements: { displayText: `Other app item ${String(i)}` },
          },
          now,
        );
      }
      return { ok: true, count };
    },
    // Benchmark set-up: activities the extension published before the measured part, stored as
    // its PUT would store them (same validation, the extension's app id) without a request each.
    'POST /seed-activities': (b) => {
      const { oid } = sandboxUser(userName(b));
      if (!Array.isArray(b.activities)) throw new AdminError(400, "'activities' must be an array");
      const now = instantFromMs(clock.now());
      // Every body is checked before any is stored: a refused seeding leaves nothing behind.
      const inputs = (b.activities as unknown[]).map((entry) => {
        const { appActivityId, body } = (entry ?? {}) as Body;
        if (typeof appActivityId !== 'string') {
          throw new AdminError(400, "each activity needs an 'appActivityId' string");
        }
        try {
          return validateActivity(body, appActivityId);
        } catch (error) {
          throw new AdminError(400, `${appActivityId}: ${(error as Error).message}`);
        }
      });
      const ids: Record<string, string> = {};
      for (const input of inputs) {
        const { activity } = graph.store.putActivity(oid, SANDBOX_CLIENT_ID, input, now);
        ids[input.appActivityId] = activity.id;
      }
      return { ids };
    },
    'POST /token': async (b) => {
      const options = {
        ...(b.expiresInSec === undefined
          ? {}
          : { expiresInSec: int(b, 'expiresInSec', -10 * 365 * 86400) }),
        ...(typeof b.scope === 'string' ? { scope: b.scope } : {}),
        ...(typeof b.clientId === 'string' ? { clientId: b.clientId } : {}),
        ...(typeof b.audience === 'string' ? { audience: b.audience } : {}),
      };
      try {
        return { accessToken: await idp.issueAccessToken(userName(b), options) };
      } catch (error) {
        throw new AdminError(400, (error as Error).message);
      }
    },
    'POST /idp/auto-login': (b) => {
      idp.autoLogin = b.user === null ? null : userName(b);
      return { user: idp.autoLogin };
    },
    'POST /idp/end-session': (b) =>
      idp.endSession(userName(b), { keepGrants: b.keepGrants === true }),
    'POST /idp/refresh-token-ttl': (b) => {
      idp.refreshTokenTtlSec = int(b, 'seconds', 1);
      return { seconds: idp.refreshTokenTtlSec };
    },
    'POST /idp/access-token-ttl': (b) => {
      idp.accessTokenTtlSec = int(b, 'seconds', 1);
      return { seconds: idp.accessTokenTtlSec };
    },
    ...connectorAdminRoutes(graph, (status, message) => new AdminError(status, message)),
  };

  return async (req: IncomingMessage, res: ServerResponse, path: string, search: string) => {
    try {
      if (req.headers.origin !== undefined) {
        throw new AdminError(403, 'the admin API does not accept browser (cross-origin) requests');
      }
      const handler = routes[`${req.method ?? 'GET'} ${path}`];
      if (!handler) throw new AdminError(404, `no admin route ${req.method ?? ''} ${path}`);
      const raw = await readBody(req, 1024 * 1024);
      if (!raw.ok) throw new AdminError(413, 'admin request body too large');
      let body: Body = {};
      if (raw.data.length > 0) {
        if (!isJsonContentType(req.headers['content-type'])) {
          throw new AdminError(415, 'admin request bodies must be application/json');
        }
        let parsed: unknown;
        try {
          parsed = parseJson(raw.data);
        } catch {
          throw new AdminError(400, 'malformed JSON');
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          throw new AdminError(400, 'admin request bodies must be JSON objects');
        }
        body = parsed as Body;
      }
      sendJson(res, 200, await handler(body, new URLSearchParams(search)));
    } catch (error) {
      const status = error instanceof AdminError ? error.status : 500;
      sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}
