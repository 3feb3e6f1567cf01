import { describe, expect, it } from 'vitest';
import { trustSender, type SenderFacts } from './sender-trust';

const extension = { id: 'our-id', origin: 'chrome-extension://our-id' };
const tab = { id: 7, windowId: 3, active: true, incognito: false };
const page = { id: 'our-id', url: 'https://example.com/article', frameId: 0, tab };

describe('trustSender', () => {
  it.each<[string, SenderFacts, ReturnType<typeof trustSender>]>([
    [
      'the top frame of an http(s) page',
      page,
      {
        kind: 'content',
        page: {
          tabId: 7,
          windowId: 3,
          tabActive: true,
          url: 'https://example.com/article',
          frameId: 0,
        },
      },
    ],
    [
      'a plain http page in a background tab',
      { ...page, url: 'http://example.com/', tab: { ...tab, active: false } },
      {
        kind: 'content',
        page: { tabId: 7, windowId: 3, tabActive: false, url: 'http://example.com/', frameId: 0 },
      },
    ],
    [
      'a tab muted from the tab strip (the browser says so: mutedInfo)',
      { ...page, tab: { ...tab, mutedInfo: { muted: true } } },
      {
        kind: 'content',
        page: {
          tabId: 7,
          windowId: 3,
          tabActive: true,
          tabMuted: true,
          url: 'https://example.com/article',
          frameId: 0,
        },
      },
    ],
    [
      'a tab whose window the browser did not name',
      { ...page, tab: { id: 7, active: true, incognito: false } },
      {
        kind: 'content',
        page: {
          tabId: 7,
          windowId: -1,
          tabActive: true,
          url: 'https://example.com/article',
          frameId: 0,
        },
      },
    ],
    [
      'an iframe of a page: presence only',
      { ...page, frameId: 2, url: 'https://player.example/embed/1' },
      {
        kind: 'frame',
        page: {
          tabId: 7,
          windowId: 3,
          tabActive: true,
          url: 'https://player.example/embed/1',
          frameId: 2,
        },
      },
    ],
    [
      'an about:blank player frame: presence only',
      { ...page, frameId: 3, url: 'about:blank' },
      {
        kind: 'frame',
        page: { tabId: 7, windowId: 3, tabActive: true, url: 'about:blank', frameId: 3 },
      },
    ],
    [
      'an iframe in an incognito tab',
      { ...page, frameId: 2, tab: { ...tab, incognito: true } },
      null,
    ],
    ['a sender that names no frame', { ...page, frameId: undefined }, null],
    ['a frame id no browser gives', { ...page, frameId: -1 }, null],
    ['a frame id that is no whole number', { ...page, frameId: 1.5 }, null],
    ['an incognito tab', { ...page, tab: { ...tab, incognito: true } }, null],
    ['a sender without a tab', { id: 'our-id', url: 'https://example.com/', frameId: 0 }, null],
    ['a tab without an id', { ...page, tab: { ...tab, id: undefined } }, null],
    ['a file: page', { ...page, url: 'file:///home/me/a.html' }, null],
    ['a data: page', { ...page, url: 'data:text/html,hi' }, null],
    ['a sender without a URL', { ...page, url: undefined }, null],
    ['another extension', { ...page, id: 'someone-else' }, null],
    [
      "another extension's own page",
      { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' },
      null,
    ],
    [
      'our popup',
      { id: 'our-id', url: 'chrome-extension://our-id/src/ui/popup/popup.html' },
      {
        kind: 'ui',
      },
    ],
    [
      'our options page opened in a tab',
      { id: 'our-id', url: 'chrome-extension://our-id/options.html', frameId: 0, tab },
      { kind: 'ui' },
    ],
    [
      'a page whose URL only starts like our origin',
      { ...page, url: 'https://chrome-extension.example/our-id/' },
      {
        kind: 'content',
        page: {
          tabId: 7,
          windowId: 3,
          tabActive: true,
          url: 'https://chrome-extension.example/our-id/',
          frameId: 0,
        },
      },
    ],
    ['a look-alike origin', { id: 'our-id', url: 'chrome-extension://our-id.evil/x' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(trustSender(sender, extension)).toEqual(expected);
  });
});
