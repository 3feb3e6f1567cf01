// The organisation's own identity provider a federated sign-in passes through, as Entra sends a
// work account whose domain is federated (AD FS, Okta, a company SAML IdP): the authority's login
// step redirects there, the person signs in on that host's page, and it sends them back with a
// signed assertion the authority verifies. It runs in the sandbox's server but on another origin
// (https://localhost:PORT, where the authority is https://127.0.0.1:PORT), under a path of no
// well-known single-sign-on shape nor a sign-in endpoint's name (never-record.ts would refuse
// `/sign-in?relay=<opaque id>` as a credential-only URL), as a company's own portal may be.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http-util';
import { sandboxUser, type SandboxUser } from '../users';
import { renderLoginPage, renderMessagePage, sendHtml } from './login-page';

/** Where the organisation's identity provider lives on its origin. */
export const ORG_IDP_PATH = '/corp-id/portal';

/** A federation trust between the authority and the organisation's identity provider. */
export class Federation {
  // The key both sides hold (a real federation uses the IdP's signing certificate).
  readonly #key = randomBytes(32);

  constructor(
    /** The organisation IdP's origin (https://localhost:PORT). */
    readonly idpOrigin: string,
  ) {}

  /** Where the authority sends the person for interaction `uid` (the IdP's sign-in page). */
  signInUrl(uid: string): string {
    return `${this.idpOrigin}${ORG_IDP_PATH}?relay=${encodeURIComponent(uid)}`;
  }

  /** The assertion for `user` signing in for interaction `uid`. */
  assertion(uid: string, user: SandboxUser): string {
    return createHmac('sha256', this.#key).update(`${uid}\n${user.name}`).digest('base64url');
  }

  /** The user the assertion `signature` vouches for in interaction `uid`, or undefined. */
  verify(uid: string, userName: string, signature: string): SandboxUser | undefined {
    let user: SandboxUser;
    try {
      user = sandboxUser(userName);
    } catch {
      return undefined;
    }
    const expected = Buffer.from(this.assertion(uid, user));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? user : undefined;
  }
}

/**
 * Answers the organisation IdP's page (`url` is the request's path and query): GET shows the
 * login page; POST signs the chosen user in and redirects back to `returnTo(uid)` with the
 * assertion (`user`, `assertion` parameters).
 */
export async function handleOrgIdp(
  federation: Federation,
  returnTo: (uid: string) => string,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
): Promise<void> {
  const uid = new URL(url, federation.idpOrigin).searchParams.get('relay') ?? '';
  const page = (error?: string): string =>
    renderLoginPage({
      action: `${ORG_IDP_PATH}?relay=${encodeURIComponent(uid)}`,
      clientId: 'the organisation’s identity provider',
      prompt: 'login',
      ...(error === undefined ? {} : { error }),
    });
  if (uid === '') {
    sendHtml(res, 400, renderMessagePage('No sign-in', 'Start the sign-in again.'));
  } else if (req.method === 'GET') {
    sendHtml(res, 200, page());
  } else if (req.method === 'POST') {
    const body = await readBody(req, 16 * 1024);
    const name = body.ok ? new URLSearchParams(body.data.toString('utf8')).get('username') : null;
    let user: SandboxUser;
    try {
      user = sandboxUser(name ?? '');
    } catch {
      sendHtml(res, 400, page(`Unknown user '${name ?? ''}'.`));
      return;
    }
    const back = new URL(returnTo(uid));
    back.searchParams.set('user', user.name);
    back.searchParams.set('assertion', federation.assertion(uid, user));
    res.writeHead(303, { Location: back.href, 'Cache-Control': 'no-store' });
    res.end();
  } else {
    sendHtml(res, 405, renderMessagePage('Not allowed', 'This sign-in step does not accept that.'));
  }
}
