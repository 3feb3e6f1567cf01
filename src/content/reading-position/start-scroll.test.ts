import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  startScrollEvidence,
  startScrollIsReaders,
  type StartScrollEvidence,
} from './start-scroll';

/** A fresh page (no input, a plain navigation, nothing focused) scrolled to `scrollY`. */
function at(scrollY: number, more: Partial<StartScrollEvidence> = {}): StartScrollEvidence {
  return {
    scrollY,
    innerHeight: 800,
    navigationType: 'navigate',
    hasBeenActive: false,
    focusedRect: undefined,
    ...more,
  };
}

/** bug-1255978: its autofocus field, 1,100 px down, brought into view by a 391 px scroll. */
const autofocused = { top: 709, bottom: 731 };

describe('startScrollIsReaders', () => {
  it.each<[string, StartScrollEvidence, boolean]>([
    ['at its top: nothing to take', at(0), false],
    ['nudged a little: still its top', at(40, { hasBeenActive: true }), false],
    ['scrolled by the wheel (no activation, nothing focused): the reader', at(1500), true],
    [
      'scrolled by keys or after a click (activation): the reader',
      at(1500, { hasBeenActive: true }),
      true,
    ],
    [
      'the page focused a field and it came into view (autofocus): the page',
      at(391, { focusedRect: autofocused }),
      false,
    ],
    [
      'a focused field in view, after a click: the reader (they clicked it)',
      at(391, { focusedRect: autofocused, hasBeenActive: true }),
      true,
    ],
    [
      'a focused field in view, on a reload: the position the browser restored',
      at(391, { focusedRect: autofocused, navigationType: 'reload' }),
      true,
    ],
    [
      'a focused field in view, back in history: the position the browser restored',
      at(391, { focusedRect: autofocused, navigationType: 'back_forward' }),
      true,
    ],
    [
      'a focused field at the page top, the page scrolled past it: not focus, the reader',
      at(1200, { focusedRect: { top: -1150, bottom: -1120 } }),
      true,
    ],
    [
      'a focused field in view that was in view at the top too: focusing scrolled nothing',
      at(300, { focusedRect: { top: 100, bottom: 130 } }),
      true,
    ],
    [
      'a browser without user activation: the reader, as before',
      at(391, { focusedRect: autofocused, hasBeenActive: undefined }),
      true,
    ],
  ])('%s', (_case, evidence, readers) => {
    expect(startScrollIsReaders(evidence)).toBe(readers);
  });
});

describe('startScrollEvidence', () => {
  function page(html: string) {
    const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { pretendToBeVisual: true });
    const win = dom.window as unknown as Window;
    Object.defineProperty(win, 'scrollY', { value: 391 });
    return win;
  }

  it('reads the focused element, but not the body', () => {
    const win = page('<p>Text</p><input id="q" autofocus>');
    expect(startScrollEvidence(win).focusedRect).toBeUndefined();
    (win.document.getElementById('q') as HTMLInputElement).focus();
    expect(startScrollEvidence(win).focusedRect).toMatchObject({ top: 0, bottom: 0 });
  });

  it('gives what the browser lacks as unknown, never a guess', () => {
    const evidence = startScrollEvidence(page('<p>Text</p>'));
    expect(evidence).toMatchObject({ scrollY: 391, hasBeenActive: undefined });
    expect(startScrollIsReaders({ ...evidence, focusedRect: autofocused })).toBe(true);
  });

  it('reads sticky activation and the navigation type where the browser has them', () => {
    const win = page('<p>Text</p>');
    Object.defineProperty(win.navigator, 'userActivation', { value: { hasBeenActive: false } });
    Object.defineProperty(win.performance, 'getEntriesByType', {
      value: (type: string) => (type === 'navigation' ? [{ type: 'reload' }] : []),
    });
    expect(startScrollEvidence(win)).toMatchObject({
      hasBeenActive: false,
      navigationType: 'reload',
    });
  });
});
