import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { scrollToPositionCommand } from '../messaging/page-commands';
import { scrollOnCommand } from './reading';

const PARAGRAPHS = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${String(i + 1)} of the harbour story tells how the tide turned at dusk, ` +
    'how the boats came home one by one, and how the lamps were lit along the quay.',
);

/** A window at `scrollY` whose scrolls are recorded; JSDOM lays nothing out, so rects are 0. */
function pageAt(scrollY: number) {
  const dom = new JSDOM(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
  const scrollTo = vi.fn();
  const win = { document: dom.window.document, scrollY, innerHeight: 800, scrollTo };
  return { win: win as unknown as Window, scrollTo };
}

const position = { progress: 60 };

describe('scrollOnCommand', () => {
  it.each([
    ['an open tab switched to: scrolled wherever the reader is', {}, 1200, 1],
    ['a tab opened to resume, still at its top: scrolled', { onlyFromTop: true }, 0, 1],
    ['a tab opened to resume, nudged a little: still scrolled', { onlyFromTop: true }, 30, 1],
    [
      'a tab opened to resume, the reader already scrolled: left alone',
      { onlyFromTop: true },
      900,
      0,
    ],
  ])('%s', (_case, options, scrollY, scrolls) => {
    const { win, scrollTo } = pageAt(scrollY);
    scrollOnCommand(win, scrollToPositionCommand(position, options));
    expect(scrollTo).toHaveBeenCalledTimes(scrolls);
  });

  it.each([
    null,
    'scroll',
    { type: 'scroll-to-position' },
    { ...scrollToPositionCommand(position), position: 'x' },
  ])('ignores what is not a scroll command: %j', (message) => {
    const { win, scrollTo } = pageAt(0);
    scrollOnCommand(win, message);
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
