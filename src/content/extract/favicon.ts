/**
 * The best icon for Timeline's attribution: the largest raster `icon` / `apple-touch-icon` the
 * page declares (vector and mask icons only when nothing else exists, since not every renderer
 * takes SVG), else `/favicon.ico` at the page's origin, which browsers request by convention.
 */
import { canonicalizeUrl } from '../../activity/canonical-url';
import { linksWithRel, type LinkMap } from './meta-tags';

interface Candidate {
  url: string;
  score: number;
}

function declaredSize(link: HTMLLinkElement, fallback: number): number {
  let best = 0;
  for (const token of (link.getAttribute('sizes') ?? '').toLowerCase().split(/\s+/)) {
    if (token === 'any') return 512;
    const m = /^(\d{1,4})x(\d{1,4})$/.exec(token);
    if (m) best = Math.max(best, Math.min(Number(m[1]), Number(m[2])));
  }
  return best > 0 ? best : fallback;
}

function score(link: HTMLLinkElement, url: string, fallback: number): number {
  const type = (link.getAttribute('type') ?? '').toLowerCase();
  const vector = type.includes('svg') || /\.svg(?:[?#]|$)/i.test(url);
  // Raster icons rank by size (capped: larger buys nothing at attribution size); SVG last.
  return vector ? 1 : 10 + Math.min(declaredSize(link, fallback), 512);
}

/** Absolute http(s) URL of the best icon among `links` (see collectLinks); never a data: or javascript: URL. */
export function findFavicon(links: LinkMap, base: string): string | undefined {
  let best: Candidate | undefined;
  const groups: [string, number][] = [
    ['icon', 16],
    ['apple-touch-icon', 180],
    ['apple-touch-icon-precomposed', 180],
  ];
  for (const [rel, fallback] of groups) {
    for (const link of linksWithRel(links, rel)) {
      const url = canonicalizeUrl(link.getAttribute('href') ?? '', base);
      if (url === null) continue;
      const candidate = { url, score: score(link, url, fallback) };
      if (best === undefined || candidate.score > best.score) best = candidate;
    }
  }
  if (best !== undefined) return best.url;
  try {
    const origin = new URL(base).origin;
    return origin.startsWith('http') ? `${origin}/favicon.ico` : undefined;
  } catch {
    return undefined;
  }
}
