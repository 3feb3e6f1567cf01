// Storage for the OpenID provider (sessions, grants, codes, tokens), in memory and private to one
// sandbox. Written here rather than using oidc-provider's dev adapter because the admin API must
// find every session and grant of a user to end them ("provider session ended, sign in again"),
// and because separate sandboxes in one test process must not share state.
import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** ms since epoch; undefined = no expiry. */
  expiresAt: number | undefined;
}

/** Models whose entries hang off a grant and go away with it. */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
]);

/** oidc-provider's storage, in memory: models by id, with expiry and grant revocation. */
export class MemoryStorage {
  readonly #models = new Map<string, Map<string, Entry>>();

  /** The entries of oidc-provider model `name` (Session, Grant, AccessToken…), by id. */
  model(name: string): Map<string, Entry> {
    let map = this.#models.get(name);
    if (!map) {
      map = new Map();
      this.#models.set(name, map);
    }
    return map;
  }

  /** Live payloads of one model (expired entries are dropped on the way). */
  live(name: string): [string, AdapterPayload][] {
    const map = this.model(name);
    const now = Date.now();
    const out: [string, AdapterPayload][] = [];
    for (const [id, entry] of map) {
      if (entry.expiresAt !== undefined && entry.expiresAt <= now) map.delete(id);
      else out.push([id, entry.payload]);
    }
    return out;
  }

  /**
   * The payload of an entry whose lifetime has run out but that nothing has swept yet (a refresh
   * token presented after its fixed lifetime), or undefined. Leaves the entry where it is.
   */
  expired(name: string, id: string): AdapterPayload | undefined {
    const entry = this.model(name).get(id);
    return entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()
      ? entry.payload
      : undefined;
  }

  /** Removes every grantable entry tied to `grantId`, and the grant itself. */
  revokeGrant(grantId: string): void {
    for (const name of GRANTABLE) {
      const map = this.model(name);
      for (const [id, entry] of map) if (entry.payload.grantId === grantId) map.delete(id);
    }
    this.model('Grant').delete(grantId);
  }

  /** oidc-provider's Adapter for model `name` over this storage. */
  adapterFor(name: string): Adapter {
    const map = this.model(name);
    const find = (id: string): AdapterPayload | undefined => {
      const entry = map.get(id);
      if (!entry) return undefined;
      if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
        map.delete(id);
        return undefined;
      }
      return entry.payload;
    };
    const findBy = (key: 'uid' | 'userCode', value: string): AdapterPayload | undefined => {
      for (const [id, entry] of map) if (entry.payload[key] === value) return find(id);
      return undefined;
    };
    return {
      upsert: (id, payload, expiresIn) => {
        map.set(id, {
          payload,
          expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : undefined,
        });
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(find(id)),
      findByUid: (uid) => Promise.resolve(findBy('uid', uid)),
      findByUserCode: (userCode) => Promise.resolve(findBy('userCode', userCode)),
      consume: (id) => {
        const entry = map.get(id);
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy: (id) => {
        map.delete(id);
        return Promise.resolve();
      },
      revokeByGrantId: (grantId) => {
        this.revokeGrant(grantId);
        return Promise.resolve();
      },
    };
  }
}
