/**
 * The relay's configuration: a JSON file for everything that is not secret, the environment for the
 * credential (`RELAY_CLIENT_SECRET`, or `RELAY_CLIENT_CERTIFICATE_FILE` + `RELAY_CLIENT_KEY_FILE`).
 * See relay/README.md "Configuration" and relay/relay.config.example.json.
 */
import type { ClientCredential } from './graph/app-token';

/** The parsed, checked configuration. */
export interface RelayConfig {
  listen: { host: string; port: number; tls?: { certFile: string; keyFile: string } };
  /** The organisation's Entra tenant id (the relay's own app registration lives there). */
  tenantId: string;
  /** OpenID authority of the tenant, e.g. `https://login.microsoftonline.com/{tenant}/v2.0`: its discovery document names the token endpoint. */
  authority: string;
  /** Client id of the relay's Graph app (application permission ExternalItem.ReadWrite.OwnedBy). */
  clientId: string;
  graph: { baseUrl: string; scope: string };
  /** The relay's API as the extension calls it. */
  api: {
    /** `aud` values accepted: the API app's client id and/or App ID URI. */
    audiences: string[];
    /** Delegated scope required in `scp`. */
    scope: string;
    issuerTemplate: string;
    allowedTenants: string[];
    /** Origins allowed by CORS, e.g. `chrome-extension://<id>`; `*` at the end matches any id. */
    allowedOrigins: string[];
  };
  /** Graph connection ids whose items the relay reports activities on. */
  connections: string[];
  queue: { path: string };
  /** Lease: how long a relay that died mid-delivery keeps its entries hidden from the others. */
  delivery: { maxConcurrentPerConnection: number; batchSize: number; leaseSeconds: number };
  /** Reads whose startDateTime is older than this are refused (days). */
  maxReadAgeDays: number;
}

/** A configuration problem; `problems` lists each one. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`relay configuration is invalid:\n- ${problems.join('\n- ')}`);
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET_KEYS = /secret|password|privatekey|private_key/i;

/**
 * Checks `raw` (the parsed JSON file) and fills defaults. Throws {@link ConfigError} listing every
 * problem, including a secret written into the file (it belongs in the environment).
 */
export function parseRelayConfig(raw: unknown): RelayConfig {
  const problems: string[] = [];
  const o = isObject(raw) ? raw : (problems.push('the file must hold a JSON object'), {});
  findSecrets(o, '', problems);
  const str = (obj: Record<string, unknown>, key: string, path: string, fallback?: string) => {
    const v = obj[key] ?? fallback;
    if (typeof v !== 'string' || v === '')
      problems.push(`${path}${key} must be a non-empty string`);
    return typeof v === 'string' ? v : '';
  };
  const strings = (
    obj: Record<string, unknown>,
    key: string,
    path: string,
    fallback?: string[],
  ) => {
    const v = obj[key] ?? fallback;
    if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string' && s !== '')) {
      problems.push(`${path}${key} must be a non-empty list of strings`);
      return [];
    }
    return v as string[];
  };
  const int = (
    obj: Record<string, unknown>,
    key: string,
    path: string,
    fallback: number,
    min: number,
    max: number,
  ) => {
    const v = obj[key] ?? fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      problems.push(`${path}${key} must be an integer from ${min} to ${max}`);
      return fallback;
    }
    return v;
  };
  const section = (key: string) => {
    const v = o[key] ?? {};
    if (!isObject(v)) problems.push(`${key} must be an object`);
    return isObject(v) ? v : {};
  };

  const listenRaw = section('listen');
  const tlsRaw = listenRaw['tls'];
  const listen: RelayConfig['listen'] = {
    host: str(listenRaw, 'host', 'listen.', '127.0.0.1'),
    port: int(listenRaw, 'port', 'listen.', 8787, 0, 65535),
  };
  if (tlsRaw !== undefined) {
    const tls = isObject(tlsRaw) ? tlsRaw : {};
    listen.tls = {
      certFile: str(tls, 'certFile', 'listen.tls.'),
      keyFile: str(tls, 'keyFile', 'listen.tls.'),
    };
  }
  const tenantId = str(o, 'tenantId', '');
  if (tenantId !== '' && !GUID.test(tenantId)) problems.push('tenantId must be a GUID');
  const authority = str(o, 'authority', '', `https://login.microsoftonline.com/${tenantId}/v2.0`);
  const graphRaw = section('graph');
  const apiRaw = section('api');
  const deliveryRaw = section('delivery');
  const queueRaw = section('queue');
  const config: RelayConfig = {
    listen,
    tenantId,
    authority,
    clientId: str(o, 'clientId', ''),
    graph: {
      baseUrl: str(graphRaw, 'baseUrl', 'graph.', 'https://graph.microsoft.com/v1.0'),
      scope: str(graphRaw, 'scope', 'graph.', 'https://graph.microsoft.com/.default'),
    },
    api: {
      audiences: strings(apiRaw, 'audiences', 'api.'),
      scope: str(apiRaw, 'scope', 'api.', 'Activity.Report'),
      issuerTemplate: str(
        apiRaw,
        'issuerTemplate',
        'api.',
        'https://login.microsoftonline.com/{tenantid}/v2.0',
      ),
      allowedTenants: strings(apiRaw, 'allowedTenants', 'api.', [tenantId]),
      allowedOrigins: Array.isArray(apiRaw['allowedOrigins'])
        ? strings(apiRaw, 'allowedOrigins', 'api.')
        : [],
    },
    connections: strings(o, 'connections', ''),
    queue: { path: str(queueRaw, 'path', 'queue.', 'relay-queue.db') },
    delivery: {
      maxConcurrentPerConnection: int(
        deliveryRaw,
        'maxConcurrentPerConnection',
        'delivery.',
        25,
        1,
        25,
      ),
      batchSize: int(deliveryRaw, 'batchSize', 'delivery.', 25, 1, 100),
      leaseSeconds: int(deliveryRaw, 'leaseSeconds', 'delivery.', 120, 5, 3600),
    },
    maxReadAgeDays: int(o, 'maxReadAgeDays', '', 30, 1, 365),
  };
  for (const url of [config.authority, config.graph.baseUrl]) {
    if (url !== '' && !URL.canParse(url)) problems.push(`${url} is not a URL`);
  }
  if (!config.api.issuerTemplate.includes('{tenantid}')) {
    problems.push('api.issuerTemplate must contain {tenantid}');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Files the credential needs read, by the caller (so this module stays free of I/O). */
export type ReadFile = (path: string) => string;

/**
 * The Graph app's credential from the environment: `RELAY_CLIENT_SECRET`, or a certificate from
 * `RELAY_CLIENT_CERTIFICATE_FILE` and `RELAY_CLIENT_KEY_FILE` (PEM). Throws {@link ConfigError}
 * when neither or both are set.
 */
export function credentialFromEnv(env: NodeJS.ProcessEnv, readFile: ReadFile): ClientCredential {
  const secret = env['RELAY_CLIENT_SECRET'];
  const certFile = env['RELAY_CLIENT_CERTIFICATE_FILE'];
  const keyFile = env['RELAY_CLIENT_KEY_FILE'];
  const hasCert = certFile !== undefined && keyFile !== undefined;
  if (secret !== undefined && secret !== '' && !hasCert) return { kind: 'secret', secret };
  if (hasCert && (secret === undefined || secret === '')) {
    return {
      kind: 'certificate',
      certificatePem: readFile(certFile),
      privateKeyPem: readFile(keyFile),
    };
  }
  throw new ConfigError([
    'set either RELAY_CLIENT_SECRET or both RELAY_CLIENT_CERTIFICATE_FILE and RELAY_CLIENT_KEY_FILE',
  ]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function findSecrets(o: Record<string, unknown>, path: string, problems: string[]): void {
  for (const [key, value] of Object.entries(o)) {
    if (SECRET_KEYS.test(key))
      problems.push(`${path}${key}: secrets belong in the environment, not the file`);
    if (isObject(value)) findSecrets(value, `${path}${key}.`, problems);
  }
}
