// Lead finding F-lead-1 (session 13): one case that times out must not lose the A/B run.
import { describe, expect, it } from 'vitest';
import { runPair } from './extract-pair';

describe('runPair', () => {
  it('returns every side when all run', async () => {
    const outcome = await runPair(['b', 'a'], (side) => Promise.resolve(side.length));
    expect(outcome).toEqual({ ok: true, runs: { a: 1, b: 1 } });
  });

  it('stops at a side that times out and says which, without rejecting', async () => {
    const ran: string[] = [];
    const outcome = await runPair(['a', 'b', 'a2'], (side) => {
      ran.push(side);
      return side === 'b'
        ? Promise.reject(new Error('page.goto: Timeout 30000ms exceeded.'))
        : Promise.resolve(1);
    });
    expect(outcome).toEqual({
      ok: false,
      side: 'b',
      error: 'Error: page.goto: Timeout 30000ms exceeded.',
    });
    expect(ran).toEqual(['a', 'b']);
  });
});
