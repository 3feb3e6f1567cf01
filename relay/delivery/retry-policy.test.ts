import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, parseRetryAfter } from './retry-policy';

const NOW = Date.parse('2026-11-29T08:00:00Z');

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    ['30', 30_000],
    [' 0 ', 0],
    ['Sun, 29 Nov 2026 08:00:10 GMT', 10_000],
    ['Sun, 29 Nov 2026 07:59:00 GMT', 0],
    ['999999', DEFAULT_RETRY_POLICY.maxRetryAfterMs],
    ['-5', undefined],
    ['soon', undefined],
    ['1.5', 1500],
    [null, undefined],
  ])('%j → %j ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });
});
