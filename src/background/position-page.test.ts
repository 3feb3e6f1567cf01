import { describe, expect, it } from 'vitest';
import { isPositionOf, trackedPageOf } from './position-page';

const story = { appActivityId: 'id-story', url: 'https://news.example/story' };
// A page whose canonical link names another address than the one it was loaded at.
const canonical = trackedPageOf(
  { appActivityId: 'id-amp', url: 'https://news.example/story' },
  'https://news.example/amp/story?utm_source=feed',
);

describe('isPositionOf', () => {
  it.each<[string, typeof story, string, boolean]>([
    ['its own URL', story, 'https://news.example/story', true],
    [
      'its own URL with a #section and tracking parameters',
      story,
      'https://NEWS.example/story?utm_medium=x#part-2',
      true,
    ],
    [
      'the address it was loaded at (canonical elsewhere)',
      canonical,
      'https://news.example/amp/story',
      true,
    ],
    ['its canonical URL', canonical, 'https://news.example/story', true],
    [
      'another route of the same app, not yet reported',
      story,
      'https://news.example/other-story',
      false,
    ],
    [
      'the same path with another query (another page)',
      story,
      'https://news.example/story?page=2',
      false,
    ],
    ['another site', story, 'https://elsewhere.example/story', false],
    ['a javascript: URL', story, 'javascript:alert(1)', false],
    ['garbage', story, 'not a url', false],
    ['an empty string', story, '', false],
  ])('%s → %s', (_name, page, url, expected) => {
    expect(isPositionOf(page, url)).toBe(expected);
  });
});

describe('trackedPageOf', () => {
  it('keeps the cleaned load address only when it differs from the canonical URL', () => {
    expect(canonical.address).toBe('https://news.example/amp/story');
    expect(trackedPageOf(story, 'https://news.example/story?fbclid=abc#top')).toEqual(story);
  });
});
