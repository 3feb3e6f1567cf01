import { describe, expect, it } from 'vitest';
import type { ReadingPosition } from '../../activity/text-fragment';
import { createPositionRelay, MAX_HELD_ROUTES } from './position-relay';

const at = (progress: number): ReadingPosition => ({ progress });
const app = (route: string) => `https://app.example/${route}`;

function relayed() {
  const sent: { url: string; progress: number }[] = [];
  const relay = createPositionRelay((url, position) => {
    sent.push({ url, progress: position.progress });
  });
  return { relay, sent };
}

describe('createPositionRelay', () => {
  it('sends at once the positions of the route the worker tracks', () => {
    const { relay, sent } = relayed();
    relay.routeReported(app('a'), true);
    relay.report(app('a'), at(10));
    relay.report(`${app('a')}#section-2`, at(20));
    expect(sent).toEqual([
      { url: app('a'), progress: 10 },
      { url: `${app('a')}#section-2`, progress: 20 },
    ]);
  });

  it('holds a new route’s latest position until the route is reported, then sends it', () => {
    const { relay, sent } = relayed();
    relay.routeReported(app('a'), true);
    relay.report(app('b'), at(5));
    relay.report(app('b'), at(15));
    expect(sent).toEqual([]);
    relay.routeReported(app('b'), true);
    expect(sent).toEqual([{ url: app('b'), progress: 15 }]);
    // Sent once: the route is now the tracked one, and its next position goes at once.
    relay.routeReported(app('b'), true);
    relay.report(app('b'), at(30));
    expect(sent).toEqual([
      { url: app('b'), progress: 15 },
      { url: app('b'), progress: 30 },
    ]);
  });

  it.each([
    ['held before the worker declined the route', true],
    ['sampled after it declined', false],
  ])('never sends a position of a declined route (paused, excluded): %s', (_, before) => {
    const { relay, sent } = relayed();
    if (before) relay.report(app('private'), at(40));
    relay.routeReported(app('private'), false);
    relay.report(app('private'), at(50));
    // Browsing resumed later: what was sampled while declined stays unsent.
    relay.routeReported(app('private'), true);
    expect(sent).toEqual([]);
  });

  it('keeps a held position apart from the routes reported meanwhile', () => {
    const { relay, sent } = relayed();
    relay.report(app('b'), at(25));
    relay.routeReported(app('c'), true);
    expect(sent).toEqual([]);
    relay.routeReported(app('b'), true);
    expect(sent).toEqual([{ url: app('b'), progress: 25 }]);
  });

  it(`holds at most ${String(MAX_HELD_ROUTES)} routes, dropping the oldest`, () => {
    const { relay, sent } = relayed();
    for (let i = 0; i <= MAX_HELD_ROUTES; i++) relay.report(app(`r${String(i)}`), at(i));
    relay.routeReported(app('r0'), true);
    relay.routeReported(app('r1'), true);
    relay.routeReported(app(`r${String(MAX_HELD_ROUTES)}`), true);
    expect(sent).toEqual([
      { url: app('r1'), progress: 1 },
      { url: app(`r${String(MAX_HELD_ROUTES)}`), progress: MAX_HELD_ROUTES },
    ]);
  });
});
