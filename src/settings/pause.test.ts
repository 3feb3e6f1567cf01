import { describe, expect, it } from 'vitest';
import { pauseEnd, pauseExpired } from './pause';

const NOW = new Date(2026, 10, 29, 22, 30).getTime();

describe('pause', () => {
  it('ends an hour later, at the next local midnight, or never', () => {
    expect(pauseEnd('hour', NOW)).toBe(NOW + 3_600_000);
    expect(pauseEnd('tomorrow', NOW)).toBe(new Date(2026, 10, 30, 0, 0).getTime());
    expect(pauseEnd('until-resumed', NOW)).toBeNull();
  });

  it.each([
    ['a timed pause that has run out', { paused: true, pausedUntil: NOW - 1 }, true],
    ['a timed pause ending exactly now', { paused: true, pausedUntil: NOW }, true],
    ['a timed pause still running', { paused: true, pausedUntil: NOW + 1 }, false],
    ['a pause until resumed', { paused: true, pausedUntil: null }, false],
    ['not paused', { paused: false, pausedUntil: NOW - 1 }, false],
  ])('%s', (_name, settings, expired) => {
    expect(pauseExpired(settings, NOW)).toBe(expired);
  });
});
