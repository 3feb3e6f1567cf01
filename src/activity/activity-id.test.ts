import { describe, expect, it } from 'vitest';
import { MAX_ACTIVITY_ID_LENGTH, appActivityIdFor, fnv1a64 } from './activity-id';

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('FNV-1a 64 of %j', (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });
});

describe('appActivityIdFor', () => {
  it('is the URL itself while short', () => {
    expect(appActivityIdFor('https://example.com/a')).toBe('https://example.com/a');
  });

  it('is stable, bounded and distinct for long URLs that share a prefix', () => {
    const base = 'https://example.com/' + 'x'.repeat(400);
    const a = appActivityIdFor(base + '?page=1');
    const b = appActivityIdFor(base + '?page=2');
    expect(a).toBe(appActivityIdFor(base + '?page=1'));
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(MAX_ACTIVITY_ID_LENGTH);
    expect(a).toMatch(/#h=[0-9a-f]{16}$/);
  });

  it('survives any characters without splitting surrogate pairs', () => {
    const id = appActivityIdFor('😀'.repeat(300));
    expect(id.length).toBeLessThanOrEqual(MAX_ACTIVITY_ID_LENGTH);
    expect(id).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('handles a 1 MB input quickly', () => {
    const started = performance.now();
    expect(appActivityIdFor('https://e.com/' + 'y'.repeat(1_000_000)).length).toBe(200);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
