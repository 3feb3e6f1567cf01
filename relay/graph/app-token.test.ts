import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { AppTokenError, createAppTokenSource } from './app-token';

const ENDPOINT = 'https://login.example/tenant/oauth2/v2.0/token';

function tokenEndpoint(answers: { status: number; body: unknown }[]) {
  const forms: URLSearchParams[] = [];
  const fetchImpl = ((_url: string, init: RequestInit) => {
    forms.push(new URLSearchParams(init.body as URLSearchParams));
    const answer = answers.shift() ?? { status: 500, body: {} };
    return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
  }) as typeof fetch;
  return { fetchImpl, forms };
}

describe('createAppTokenSource', () => {
  it('asks once for a client-credentials token and caches it until near expiry', async () => {
    let now = 0;
    const endpoint = tokenEndpoint([
      { status: 200, body: { access_token: 'one', expires_in: 3600 } },
      { status: 200, body: { access_token: 'two', expires_in: 3600 } },
    ]);
    const source = createAppTokenSource(
      {
        tokenEndpoint: ENDPOINT,
        clientId: 'app',
        scope: 'https://graph.microsoft.com/.default',
        credential: { kind: 'secret', secret: 's' },
      },
      endpoint.fetchImpl,
      () => now,
    );
    expect(await Promise.all([source.get(), source.get()])).toEqual(['one', 'one']);
    expect(endpoint.forms).toHaveLength(1);
    expect(Object.fromEntries(endpoint.forms[0] ?? [])).toEqual({
      grant_type: 'client_credentials',
      client_id: 'app',
      scope: 'https://graph.microsoft.com/.default',
      client_secret: 's',
    });
    now = 55 * 60_000 + 1; // inside the last five minutes
    expect(await source.get()).toBe('two');
  });

  it('throws the OAuth error code without the secret', async () => {
    const endpoint = tokenEndpoint([
      { status: 401, body: { error: 'invalid_client', error_description: 'bad secret' } },
    ]);
    const source = createAppTokenSource(
      {
        tokenEndpoint: ENDPOINT,
        clientId: 'app',
        scope: 's',
        credential: { kind: 'secret', secret: 'hunter2' },
      },
      endpoint.fetchImpl,
    );
    const error = await source.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppTokenError);
    expect(error).toMatchObject({ code: 'invalid_client' });
    expect(String(error)).not.toContain('hunter2');
  });

  it('signs a client assertion naming the certificate by its SHA-256 thumbprint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-cert-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-subj',
          '/CN=relay',
          '-days',
          '1',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      const endpoint = tokenEndpoint([
        { status: 200, body: { access_token: 't', expires_in: 3600 } },
      ]);
      const source = createAppTokenSource(
        {
          tokenEndpoint: ENDPOINT,
          clientId: 'app',
          scope: 's',
          credential: {
            kind: 'certificate',
            certificatePem: readFileSync(join(dir, 'cert.pem'), 'utf8'),
            privateKeyPem: readFileSync(join(dir, 'key.pem'), 'utf8'),
          },
        },
        endpoint.fetchImpl,
      );
      await source.get();
      const form = endpoint.forms[0];
      expect(form?.get('client_secret')).toBeNull();
      expect(form?.get('client_assertion_type')).toBe(
        'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      );
      const assertion = form?.get('client_assertion') ?? '';
      const header = decodeProtectedHeader(assertion);
      expect(header.alg).toBe('PS256');
      expect(header['x5t#S256']).toMatch(/^[\w-]{43}$/);
      expect(decodeJwt(assertion)).toMatchObject({ iss: 'app', sub: 'app', aud: ENDPOINT });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
