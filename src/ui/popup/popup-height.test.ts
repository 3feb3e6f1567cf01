import { describe, expect, it } from 'vitest';
import { fittedHeight, POPUP_MAX_HEIGHT } from './popup-height';

// Firefox ESR 140's real toolbar popup on a 1366 × 768 screen: its content 81 px from the top.
describe('the popup’s height in Firefox at high zoom', () => {
  it.each<[string, { screenBottom: number; top: number; ratio: number }, number | null]>([
    ['100 %: 687 px of room hold the popup', { screenBottom: 768, top: 81, ratio: 1 }, null],
    ['200 %: 384 CSS px of screen from 40.5', { screenBottom: 384, top: 40.5, ratio: 2 }, 339],
    ['300 %: 256 CSS px of screen from 27', { screenBottom: 256, top: 27, ratio: 3 }, 226],
    ['a popup lower down (under another toolbar)', { screenBottom: 768, top: 330, ratio: 1 }, 430],
    ['a room no popup gets', { screenBottom: 150, top: 81, ratio: 5 }, 120],
    ['no place known (not Firefox)', { screenBottom: 768, top: Number.NaN, ratio: 1 }, null],
  ])('%s', (_case, place, height) => {
    expect(fittedHeight(place)).toBe(height);
  });

  it('keeps the popup’s own cap when the room is exactly that', () => {
    expect(fittedHeight({ screenBottom: POPUP_MAX_HEIGHT + 8, top: 0, ratio: 1 })).toBeNull();
  });
});
