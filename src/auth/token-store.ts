import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SignInRegistration } from './grant';

/**
 * The worker's record of the sign-in, in its own IndexedDB database (never storage.local, which
 * content scripts can read). The refresh token is encrypted with an AES-GCM key created
 * non-extractable and kept in the same database: script can use it but never read it out, and a copy
 * of the settings or of an exported record alone reveals nothing.
 */
export const AUTH_DB_NAME = 'reading-timeline-auth';
const RECORD_KEY = 'current';
const CRYPTO_KEY = 'refresh-token-key';

/** A refresh token encrypted with AES-GCM: the 12-byte IV and the ciphertext. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/**
 * The sign-in as the worker keeps it: who, with which registration, the sealed refresh token and
 * its expiry (epoch ms), and `updatedAt` (epoch ms).
 */
export interface StoredSignIn extends SignInRegistration {
  state: 'signed-in' | 'interaction-required';
  /** Absent once the sign-in needs the user again: a dead token is not kept. */
  refreshToken?: Sealed;
  refreshTokenExpiresAt?: number;
  /** Why the user must sign in again: a SignInReason code, or an older version's English text. */
  reason?: string;
  updatedAt: number;
}

interface AuthDb extends DBSchema {
  signIn: { key: string; value: StoredSignIn };
  keys: { key: string; value: CryptoKey };
}

/** The worker's sign-in record and the key that seals its refresh token (openAuthStore). */
export interface AuthStore {
  load(): Promise<StoredSignIn | undefined>;
  save(record: StoredSignIn): Promise<void>;
  seal(refreshToken: string, record: Pick<StoredSignIn, 'account' | 'clientId'>): Promise<Sealed>;
  /** The refresh token, or null when it cannot be decrypted (key gone, record tampered with). */
  unseal(record: StoredSignIn): Promise<string | null>;
  /** Removes the record and the key: whatever ciphertext might survive elsewhere is useless. */
  clear(): Promise<void>;
}

/** Binds a ciphertext to its account and app, so it cannot be moved into another record. */
const associatedData = (
  record: Pick<StoredSignIn, 'account' | 'clientId'>,
): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`${record.clientId}\n${record.account.homeAccountId}`);

/**
 * The AuthStore over IndexedDB database `name`, opened on first use (the key is created then,
 * non-extractable). `seal` throws when no key can be had; other errors are IndexedDB's and
 * WebCrypto's, unchanged.
 */
export function openAuthStore(name = AUTH_DB_NAME): AuthStore {
  let db: Promise<IDBPDatabase<AuthDb>> | undefined;
  const open = (): Promise<IDBPDatabase<AuthDb>> =>
    (db ??= openDB<AuthDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('signIn');
        database.createObjectStore('keys');
      },
    }));

  async function cryptoKey(create: boolean): Promise<CryptoKey | undefined> {
    const database = await open();
    const existing = await database.get('keys', CRYPTO_KEY);
    if (existing || !create) return existing;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await database.put('keys', key, CRYPTO_KEY);
    return key;
  }

  return {
    async load() {
      return (await open()).get('signIn', RECORD_KEY);
    },
    async save(record) {
      await (await open()).put('signIn', record, RECORD_KEY);
    },
    async seal(refreshToken, record) {
      const key = await cryptoKey(true);
      if (!key) throw new Error('no encryption key');
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: associatedData(record) },
        key,
        new TextEncoder().encode(refreshToken),
      );
      return { iv, data };
    },
    async unseal(record) {
      const sealed = record.refreshToken;
      const key = await cryptoKey(false);
      if (!sealed || !key) return null;
      try {
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.iv, additionalData: associatedData(record) },
          key,
          sealed.data,
        );
        return new TextDecoder().decode(plain);
      } catch {
        return null;
      }
    },
    async clear() {
      const database = await open();
      const tx = database.transaction(['signIn', 'keys'], 'readwrite');
      await Promise.all([
        tx.objectStore('signIn').clear(),
        tx.objectStore('keys').clear(),
        tx.done,
      ]);
    },
  };
}
