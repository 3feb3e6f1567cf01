import { describe, expect, it } from 'vitest';
import { axisSize } from './axis-size';

/** 7 px a character: about uPlot's 12 px axis font for digits. */
const measure = (text: string): number => text.length * 7;

describe('axisSize', () => {
  it('holds the widest label whole, ticks and gap beside it', () => {
    // "70,000" is 42 px: at the old fixed 48 px only 29 px were left for it ("0,000" showed).
    expect(axisSize(['0', '35,000', '70,000'], measure)).toBe(15 + 42 + 4);
    expect(axisSize(['1.234.567'], measure)).toBe(15 + 63 + 4);
  });

  it('keeps 48 px for short labels and before uPlot has any', () => {
    expect(axisSize(['0', '30', '60'], measure)).toBe(48);
    expect(axisSize([], measure)).toBe(48);
    expect(axisSize(null, measure)).toBe(48);
  });
});
