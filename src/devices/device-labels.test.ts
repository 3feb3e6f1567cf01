// Other devices' names as the popup and the history page show them: a published default name in
// the user's language, any other name as it was published.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../i18n/testing';
import type { Db } from '../store/db';
import { putKv } from '../store/kv';
import type { EngagementRow } from '../store/page-rows';
import { freshDbForEachTest } from '../store/testing/fresh-db';
import { nameEngagementDevices } from './device-labels';
import { wordDeviceName } from './device-name-words';
import { UNKNOWN_DEVICE } from './merge';

const row = (id: string, device?: string): EngagementRow => ({
  id,
  appActivityId: 'a',
  title: 'A',
  url: 'https://site.test/a',
  startedAt: 0,
  lastActiveAt: 0,
  activeMs: 1_000,
  ...(device === undefined ? {} : { device }),
});

describe('device names shown', () => {
  let db: Db;
  freshDbForEachTest('device-labels', (fresh) => (db = fresh));
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['en', ['Chrome on Windows (BEEF)', 'Kitchen laptop', 'another device', undefined]],
    ['de', ['Chrome unter Windows (BEEF)', 'Kitchen laptop', 'einem anderen Gerät', undefined]],
  ] as const)('words a default name in the catalog’s language (%s)', async (language, names) => {
    useCatalog(language);
    await putKv(db, 'device-names', {
      '01234567beef': 'Chrome on Windows (BEEF)',
      '0123456789ab': 'Kitchen laptop',
    });
    const words = { thisDevice: '', unknown: '', defaultName: wordDeviceName };
    const rows = await nameEngagementDevices(
      db,
      [row('1', '01234567beef'), row('2', '0123456789ab'), row('3', UNKNOWN_DEVICE), row('4')],
      { ...words, unknown: language === 'de' ? 'einem anderen Gerät' : 'another device' },
    );
    expect(rows.map((r) => r.device)).toEqual(names);
  });
});
