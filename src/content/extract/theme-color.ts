/** The page's theme colour as `#rrggbb`, when it declares one that parses. */
import { firstMeta, THEME_MEDIA, type MetaMap } from './meta-tags';

const hex2 = (n: number): string => Math.round(n).toString(16).padStart(2, '0');

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` (alpha dropped) and `rgb()`/`rgba()`. */
export function parseColor(raw: string | undefined): string | undefined {
  const value = raw?.trim().toLowerCase() ?? '';
  // Most pages declare no colour: no pattern is compiled for them (a cold run pays each one).
  if (!value.startsWith('#')) return value.startsWith('rgb') ? rgbColor(value) : undefined;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])[0-9a-f]?$/.exec(value);
  if (short)
    return `#${short
      .slice(1, 4)
      .map((c) => c + c)
      .join('')}`;
  const long = /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/.exec(value);
  return long ? `#${long[1] ?? ''}` : undefined;
}

function rgbColor(value: string): string | undefined {
  const rgb =
    /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(value);
  const parts = rgb?.slice(1, 4).map(Number);
  return parts?.every((n) => n <= 255) ? '#' + parts.map(hex2).join('') : undefined;
}

/**
 * theme-color, preferring the tag without a media query or for the light scheme (what a
 * Timeline card shows), then msapplication-TileColor. Read from the meta map (no DOM query).
 */
export function findThemeColor(meta: MetaMap): string | undefined {
  const colors = meta.get('theme-color') ?? [];
  const media = meta.get(THEME_MEDIA) ?? [];
  let fallback: string | undefined;
  for (let i = 0; i < colors.length && i < 10; i++) {
    const color = parseColor(colors[i]);
    if (color === undefined) continue;
    const query = media[i] ?? '';
    if (query === '' || query.includes('light')) return color;
    fallback ??= color;
  }
  return fallback ?? parseColor(firstMeta(meta, 'msapplication-tilecolor'));
}
