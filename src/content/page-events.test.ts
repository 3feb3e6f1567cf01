import { JSDOM, type DOMWindow } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { listenToPage, type PageEventHandlers } from './page-events';

const handlers = () =>
  ({
    input: vi.fn(),
    visibility: vi.fn(),
    windowFocus: vi.fn(),
    route: vi.fn(),
    leave: vi.fn(),
    restored: vi.fn(),
    attention: vi.fn(),
  }) satisfies PageEventHandlers;

function setUp() {
  const dom = new JSDOM('<!doctype html><input id="field">', { url: 'https://news.example/a' });
  const win = dom.window as unknown as Window;
  const on = handlers();
  const feed = listenToPage(win, on);
  return { dom, on, feed };
}

describe('listenToPage', () => {
  it.each<[string, (win: DOMWindow) => void, keyof PageEventHandlers, unknown[]]>([
    [
      'a wheel turn',
      (win) => win.dispatchEvent(new win.Event('wheel')),
      'input',
      [expect.anything()],
    ],
    [
      'a key on a field (heard while capturing)',
      (win) => win.document.getElementById('field')?.dispatchEvent(new win.Event('keydown')),
      'input',
      [expect.anything()],
    ],
    [
      'a tab shown or hidden',
      (win) => win.document.dispatchEvent(new win.Event('visibilitychange')),
      'visibility',
      [expect.objectContaining({ type: 'visibilitychange' })],
    ],
    [
      'the window focused',
      (win) => win.dispatchEvent(new win.FocusEvent('focus')),
      'windowFocus',
      // With its event: the session says when the focus moved by the event's own time.
      [true, expect.objectContaining({ type: 'focus' })],
    ],
    [
      'the window blurred',
      (win) => win.dispatchEvent(new win.FocusEvent('blur')),
      'windowFocus',
      [false, expect.objectContaining({ type: 'blur' })],
    ],
    ['back or forward', (win) => win.dispatchEvent(new win.PopStateEvent('popstate')), 'route', []],
    [
      'a new #fragment',
      (win) => win.dispatchEvent(new win.HashChangeEvent('hashchange')),
      'route',
      [],
    ],
    ['leaving', (win) => win.dispatchEvent(new win.PageTransitionEvent('pagehide')), 'leave', []],
    [
      'a return from the back/forward cache',
      (win) => win.dispatchEvent(new win.PageTransitionEvent('pageshow', { persisted: true })),
      'restored',
      [],
    ],
  ])('%s reaches the session', (_label, fire, handler, args) => {
    const { dom, on } = setUp();
    fire(dom.window);
    expect(on[handler]).toHaveBeenCalledTimes(1);
    if (args.length > 0) expect(on[handler]).toHaveBeenCalledWith(...args);
  });

  it.each<[string, (win: DOMWindow) => void]>([
    // A focus event that reaches the window from an element (one a page dispatches, bubbling).
    [
      'a field focused',
      (win) =>
        win.document
          .getElementById('field')
          ?.dispatchEvent(new win.FocusEvent('focus', { bubbles: true })),
    ],
    ['the first page show', (win) => win.dispatchEvent(new win.PageTransitionEvent('pageshow'))],
  ])('%s is not passed on', (_label, fire) => {
    const { dom, on } = setUp();
    fire(dom.window);
    for (const handler of Object.values(on)) expect(handler).not.toHaveBeenCalled();
  });

  it('passes events to the handlers switched in, and none to those before', () => {
    const { dom, on, feed } = setUp();
    const next = handlers();
    feed.on = next;
    dom.window.dispatchEvent(new dom.window.Event('wheel'));
    dom.window.dispatchEvent(new dom.window.PageTransitionEvent('pagehide'));
    expect(next.input).toHaveBeenCalledTimes(1);
    expect(next.leave).toHaveBeenCalledTimes(1);
    for (const handler of Object.values(on)) expect(handler).not.toHaveBeenCalled();
  });

  it('hears nothing once stopped', () => {
    const { dom, on, feed } = setUp();
    const win = dom.window;
    feed.stop();
    win.dispatchEvent(new win.Event('wheel'));
    win.dispatchEvent(new win.FocusEvent('blur'));
    win.dispatchEvent(new win.PageTransitionEvent('pagehide'));
    for (const handler of Object.values(on)) expect(handler).not.toHaveBeenCalled();
  });
});
