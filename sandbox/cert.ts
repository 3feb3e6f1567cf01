// The OpenID provider must be HTTPS (MSAL refuses an http: authority), so the sandbox makes a
// self-signed certificate for 127.0.0.1/localhost on first run and keeps it in the git-ignored state
// folder. openssl does the X.509 work (Node's crypto cannot issue certificates); the SPKI hash for
// Chromium's --ignore-certificate-errors-spki-list is computed with Node.
import { execFile } from 'node:child_process';
import { createHash, createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The sandbox's self-signed TLS certificate and key (PEM) and its SPKI pin. */
export interface SandboxCertificate {
  certPem: string;
  keyPem: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo (DER). */
  spkiSha256: string;
}

/** Key and certificate in one file, so a single atomic rename always leaves a matching pair. */
const TLS_FILE = 'idp-tls.pem';
/** Regenerate this long before expiry, so a kept certificate never lapses mid-session. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The base64 SHA-256 of the certificate's SubjectPublicKeyInfo (DER), as Chromium's SPKI pin takes
 * it.
 */
export function spkiSha256(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

async function readExisting(dir: string): Promise<SandboxCertificate | undefined> {
  try {
    const text = await readFile(join(dir, TLS_FILE), 'utf8');
    const keyPem = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----\n?/.exec(
      text,
    )?.[0];
    const certPem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/.exec(
      text,
    )?.[0];
    if (!keyPem || !certPem) return undefined;
    const cert = new X509Certificate(certPem);
    if (Date.parse(cert.validTo) - Date.now() < RENEW_BEFORE_MS) return undefined;
    if (!cert.checkIP('127.0.0.1') || !cert.checkPrivateKey(createPrivateKey(keyPem))) {
      return undefined;
    }
    return { certPem, keyPem, spkiSha256: spkiSha256(certPem) };
  } catch {
    return undefined;
  }
}

async function generate(dir: string): Promise<void> {
  // Private temp files, combined and renamed into place: concurrent first runs (parallel test
  // files) never see a half-written file, and whichever rename lands last wins whole.
  const tag = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const tmpCert = join(dir, `.cert.${tag}`);
  const tmpKey = join(dir, `.key.${tag}`);
  const tmpBoth = join(dir, `.tls.${tag}`);
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      tmpKey,
      '-out',
      tmpCert,
      '-days',
      '397',
      '-subj',
      '/CN=Reading Timeline sandbox',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      // Self-signed and used as its own trust anchor (caPem), so it is marked as a CA.
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,digitalSignature,keyCertSign',
      '-addext',
      'extendedKeyUsage=serverAuth',
    ]);
  } catch (error) {
    await cleanup(tmpCert, tmpKey);
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'The sandbox needs the openssl command to create its HTTPS certificate (apt-get install openssl).'
        : `openssl failed to create the sandbox certificate: ${String(error)}`,
    );
  }
  const [keyPem, certPem] = await Promise.all([
    readFile(tmpKey, 'utf8'),
    readFile(tmpCert, 'utf8'),
  ]);
  await writeFile(tmpBoth, `${keyPem}${certPem}`, { mode: 0o600 });
  await cleanup(tmpCert, tmpKey);
  await rename(tmpBoth, join(dir, TLS_FILE));
}

async function cleanup(...files: string[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f, { force: true })));
}

/** The certificate kept in `stateDir`, created (or renewed) when missing or about to expire. */
export async function ensureCertificate(stateDir: string): Promise<SandboxCertificate> {
  await mkdir(stateDir, { recursive: true });
  const existing = await readExisting(stateDir);
  if (existing) return existing;
  await generate(stateDir);
  const fresh = await readExisting(stateDir);
  if (!fresh) throw new Error(`could not read the certificate just written to ${stateDir}`);
  return fresh;
}
