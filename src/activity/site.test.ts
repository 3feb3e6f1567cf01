import { describe, expect, it } from 'vitest';
import { isSameSite, siteOfHost } from './site';

describe('siteOfHost: the registrable domain by the Public Suffix List', () => {
  it.each([
    ['news.example.co.uk', 'example.co.uk'],
    ['WWW.Example.COM.', 'example.com'],
    ['alice.github.io', 'alice.github.io'],
    ['blog.alice.github.io', 'alice.github.io'],
    ['a.example.kyoto.jp', 'example.kyoto.jp'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['github.io', 'github.io'],
  ])('%s → %s', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
  });
});

describe('isSameSite', () => {
  it.each([
    ['https://www.example.com/a', 'https://example.com/b', true],
    ['https://m.example.co.uk/a', 'https://www.example.co.uk/b', true],
    ['https://a.co.uk/', 'https://b.co.uk/', false],
    // What an approximation without the list gets wrong: one owner per name under a private
    // suffix, and ccTLD second levels beyond co/com/org.
    ['https://alice.github.io/post', 'https://bob.github.io/post', false],
    ['https://a.gv.at/', 'https://b.gv.at/', false],
    ['https://a.kyoto.jp/', 'https://b.kyoto.jp/', false],
    ['http://127.0.0.1:8080/a', 'http://127.0.0.1:9090/b', true],
    ['https://example.com/', 'not a url', false],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(isSameSite(a, b)).toBe(expected);
  });
});
