import { describe, expect, it } from 'vitest';
import { type FreezeSystem, freezeBrowser } from './freeze';

/** A system whose process walk takes `walkMs` on a fake clock, recording the signals sent. */
function fakeSystem(walkMs: number) {
  let clock = 1_000_000;
  const sent: { pid: number; name: string; at: number }[] = [];
  const system: FreezeSystem = {
    pids: () => {
      clock += walkMs;
      return [11, 12, 13];
    },
    kill: (pid, name) => {
      sent.push({ pid, name, at: clock });
      clock += 1;
    },
    now: () => clock,
  };
  return { system, sent, start: clock, advance: (ms: number) => (clock += ms) };
}

describe('freezing the browser (the machine asleep in tracking scenarios)', () => {
  it('says the machine slept once every process was stopped, not before the slow process walk', () => {
    // At load, walking /proc took long enough that a page playing media was credited 0.89 s
    // the truth had already stopped (freeze-with-media).
    const fake = fakeSystem(900);
    const freeze = freezeBrowser('/tmp/profile', fake.system);
    const stops = fake.sent.filter((s) => s.name === 'SIGSTOP');
    expect(stops.map((s) => s.pid)).toEqual([11, 12, 13]);
    expect(freeze.stoppedAt).toBeGreaterThanOrEqual(Math.max(...stops.map((s) => s.at)));
    expect(freeze.stoppedAt - fake.start).toBeGreaterThanOrEqual(900);
  });

  it('continues every process it stopped, and says when', () => {
    const fake = fakeSystem(5);
    const freeze = freezeBrowser('/tmp/profile', fake.system);
    fake.advance(45_000);
    const resumedAt = freeze.resume();
    const conts = fake.sent.filter((s) => s.name === 'SIGCONT');
    expect(conts.map((s) => s.pid)).toEqual([11, 12, 13]);
    expect(resumedAt).toBeLessThanOrEqual(conts[0]?.at ?? -1);
    expect(resumedAt - freeze.stoppedAt).toBeGreaterThanOrEqual(45_000);
  });

  it('refuses a profile with no browser running', () => {
    const system: FreezeSystem = { pids: () => [], kill: () => undefined, now: () => 0 };
    expect(() => freezeBrowser('/tmp/none', system)).toThrow(/No browser process/);
  });
});
