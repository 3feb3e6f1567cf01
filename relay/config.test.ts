import { describe, expect, it } from 'vitest';
import { ConfigError, credentialFromEnv, parseRelayConfig } from './config';

const TENANT = '11111111-2222-4333-8444-555555555555';
const minimal = {
  tenantId: TENANT,
  clientId: 'relay-graph-app',
  api: { audiences: ['relay-api'] },
  connections: ['contosowiki'],
};

describe('parseRelayConfig', () => {
  it('fills Entra defaults from the tenant id', () => {
    expect(parseRelayConfig(minimal)).toMatchObject({
      listen: { host: '127.0.0.1', port: 8787 },
      authority: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      graph: {
        baseUrl: 'https://graph.microsoft.com/v1.0',
        scope: 'https://graph.microsoft.com/.default',
      },
      api: { allowedTenants: [TENANT], scope: 'Activity.Report', allowedOrigins: [] },
      delivery: { maxConcurrentPerConnection: 25, batchSize: 25, leaseSeconds: 120 },
    });
  });

  it.each([
    [
      'a secret in the file',
      { ...minimal, clientSecret: 's3cret' },
      'clientSecret: secrets belong in the environment',
    ],
    ['a nested secret', { ...minimal, graph: { password: 'x' } }, 'graph.password: secrets belong'],
    [
      'more than 25 concurrent calls',
      { ...minimal, delivery: { maxConcurrentPerConnection: 26 } },
      'maxConcurrentPerConnection',
    ],
    ['no connections', { ...minimal, connections: [] }, 'connections must be a non-empty list'],
    ['a tenant that is not a GUID', { ...minimal, tenantId: 'contoso' }, 'tenantId must be a GUID'],
    [
      'an issuer template without {tenantid}',
      { ...minimal, api: { ...minimal.api, issuerTemplate: 'https://x' } },
      '{tenantid}',
    ],
    ['not an object', [], 'JSON object'],
  ])('refuses %s', (_name, raw, problem) => {
    expect(() => parseRelayConfig(raw)).toThrow(ConfigError);
    expect(() => parseRelayConfig(raw)).toThrow(problem);
  });
});

describe('credentialFromEnv', () => {
  const files: Record<string, string> = { '/k.pem': 'KEY', '/c.pem': 'CERT' };
  const read = (path: string) => files[path] ?? '';

  it('reads a secret or a certificate, never both', () => {
    expect(credentialFromEnv({ RELAY_CLIENT_SECRET: 's' }, read)).toEqual({
      kind: 'secret',
      secret: 's',
    });
    expect(
      credentialFromEnv(
        { RELAY_CLIENT_CERTIFICATE_FILE: '/c.pem', RELAY_CLIENT_KEY_FILE: '/k.pem' },
        read,
      ),
    ).toEqual({ kind: 'certificate', certificatePem: 'CERT', privateKeyPem: 'KEY' });
    expect(() => credentialFromEnv({}, read)).toThrow(ConfigError);
    expect(() =>
      credentialFromEnv(
        {
          RELAY_CLIENT_SECRET: 's',
          RELAY_CLIENT_CERTIFICATE_FILE: '/c.pem',
          RELAY_CLIENT_KEY_FILE: '/k.pem',
        },
        read,
      ),
    ).toThrow(ConfigError);
  });
});
