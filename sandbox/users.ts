// Sandbox users. A handful are named on the login page; scripts and benchmarks may mint tokens for
// any other well-formed name, so a load test can spread writes over many users without a sign-in.
import { createHash } from 'node:crypto';

/** The fixed tenant every sandbox user belongs to (the `tid` claim, as in Entra tokens). */
export const SANDBOX_TENANT_ID = 'c0ffee00-5a4d-4b0c-8e11-7ea0d1d11e5a';

/** Users offered on the login page. */
export const NAMED_USERS = ['alice', 'bob', 'carol'] as const;

/** A sandbox user: short name, object id, preferred username (like an Entra UPN), display name. */
export interface SandboxUser {
  /** Short name used everywhere in the sandbox API (`alice`). */
  readonly name: string;
  /** Stable object id (GUID), used as `oid` and `sub`; Graph stores data under it. */
  readonly oid: string;
  /** `preferred_username`, like an Entra UPN. */
  readonly username: string;
  readonly displayName: string;
}

const USER_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * Whether `name` can be a sandbox user's short name: a lowercase letter, then up to 31 of
 * `a-z0-9-`.
 */
export function isValidUserName(name: string): boolean {
  return USER_NAME.test(name);
}

/** GUID derived from the name so a user keeps the same oid across sandbox restarts. */
function oidFor(name: string): string {
  const hex = createHash('sha256').update(`reading-timeline-sandbox-user:${name}`).digest('hex');
  // Shape it as a version-4 style GUID so consumers that validate GUIDs accept it.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const byOid = new Map<string, SandboxUser>();

/** The user with this short name; throws on a malformed name so typos fail loudly. */
export function sandboxUser(name: string): SandboxUser {
  const normalized = name
    .trim()
    .toLowerCase()
    .replace(/@sandbox\.test$/, '');
  if (!isValidUserName(normalized)) {
    throw new Error(`not a valid sandbox user name: ${JSON.stringify(name)}`);
  }
  const user: SandboxUser = {
    name: normalized,
    oid: oidFor(normalized),
    username: `${normalized}@sandbox.test`,
    displayName: `${normalized.charAt(0).toUpperCase()}${normalized.slice(1)} Sandbox`,
  };
  byOid.set(user.oid, user);
  return user;
}

/** Reverse lookup for logs and dumps; only users created in this process are known. */
export function userByOid(oid: string): SandboxUser | undefined {
  return byOid.get(oid);
}

for (const name of NAMED_USERS) sandboxUser(name);
