import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import { relayStatusText } from './relay-status';

afterEach(() => {
  vi.unstubAllGlobals();
});

const NOW = Date.UTC(2026, 10, 29, 15, 0);
const failed = (code: string, inMs: number) => ({
  attempt: 1,
  delivered: 0,
  queued: 0,
  notBefore: NOW + inMs,
  lastError: { code, at: NOW },
});

describe('relayStatusText', () => {
  it.each<['en' | 'de', string, number, string]>([
    [
      'de',
      'network',
      60_000,
      'Zustellung fehlgeschlagen: keine Verbindung zum Relay. Nächster Versuch in 1 Minute.',
    ],
    [
      'en',
      'network',
      60_000,
      'Delivery failed: no connection to the relay. Trying again in 1 minute.',
    ],
    [
      'en',
      'timeout',
      5 * 60_000,
      'Delivery failed: the relay did not answer in time. Trying again in 5 minutes.',
    ],
    [
      'en',
      'clientError',
      0,
      'Delivery failed: the extension could not send the reads. Trying again this minute.',
    ],
    [
      'en',
      'serviceNotAvailable',
      -60_000,
      'Delivery failed: the relay refused them (serviceNotAvailable). Trying again this minute.',
    ],
  ])('%s: %s, next try %d ms away', (language, code, inMs, text) => {
    useCatalog(language);
    expect(relayStatusText(failed(code, inMs), NOW, language)).toBe(text);
  });

  it('says nothing while all is well and nothing waits', () => {
    useCatalog('en');
    expect(relayStatusText({ attempt: 0, delivered: 0, queued: 0 }, NOW, 'en')).toBe('');
  });
});
