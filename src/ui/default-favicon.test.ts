import { describe, expect, it } from 'vitest';
import { samePixels } from './default-favicon';

describe('samePixels', () => {
  it('is true only for the same bytes at the same size', () => {
    const globe = new Uint8ClampedArray([10, 20, 30, 255, 0, 0, 0, 0]);
    expect(samePixels(globe, new Uint8ClampedArray(globe))).toBe(true);
    // One channel of one pixel off: a real icon, however alike.
    expect(samePixels(globe, new Uint8ClampedArray([10, 20, 31, 255, 0, 0, 0, 0]))).toBe(false);
    expect(samePixels(globe, globe.slice(0, 4))).toBe(false);
  });
});
