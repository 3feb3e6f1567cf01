import { describe, expect, it } from 'vitest';
import { fittedWidth, POPUP_WIDTH } from './popup-width';

describe('the popup’s width at high zoom', () => {
  it.each<[string, number, number | null]>([
    ['100 %: the popup got what it asked for', POPUP_WIDTH, null],
    ['200 %: 800 px of screen, less its 8 px scroll bar', 392, 392],
    ['400 %: 200 CSS px, less its scroll bar', 196, 196],
    ['a popup not laid out yet (25 px)', 25, null],
    ['no width at all', 0, null],
  ])('%s', (_case, room, width) => {
    expect(fittedWidth(room)).toBe(width);
  });
});
