/**
 * Length bounds shared by the extractor (content script) and the sanitizer (worker), so a page can
 * never make the store, the Graph body or the card grow without limit.
 */
export const LIMITS = {
  title: 300,
  // Room for a whole lead paragraph; display surfaces cut shorter (visual-elements.ts).
  description: 1000,
  name: 120,
  siteName: 120,
  type: 60,
  lang: 35,
  keyword: 60,
  keywords: 20,
  authors: 10,
  /** URLs longer than this are dropped rather than cut: a cut URL points somewhere else. */
  url: 4096,
  date: 40,
} as const;
