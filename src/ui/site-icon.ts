/**
 * A page's icon for lists: its favicon when it has one that loads, else the initial of the site's
 * label (its name, else its host: see format.ts siteLabel) on a
 * neutral disc (never the extension's own logo, which would read as "a page of this extension").
 */
export function siteIcon(doc: Document, site: string, faviconUrl?: string): HTMLElement {
  const box = doc.createElement('span');
  box.className = 'site-icon';
  box.setAttribute('aria-hidden', 'true');
  const fallback = (): void => {
    box.replaceChildren(siteInitial(site));
    box.classList.add('site-icon-initial');
  };
  if (faviconUrl && /^https?:/i.test(faviconUrl)) {
    const icon = doc.createElement('img');
    icon.alt = '';
    icon.referrerPolicy = 'no-referrer';
    icon.width = 16;
    icon.height = 16;
    icon.addEventListener('error', fallback, { once: true });
    icon.src = faviconUrl;
    box.append(icon);
  } else {
    fallback();
  }
  return box;
}

// One segmenter for every row: building one costs far more than using it.
const graphemes = new Intl.Segmenter();

/**
 * The first letter or digit of a site's label ("T" for "The Slow Kitchen", "E" for example.com,
 * "S" for "__Security Centre__": a badge of "_" or "[" reads as a broken icon), else its first
 * character (an emoji), or "·" for an empty label.
 */
export function siteInitial(site: string): string {
  // Graphemes, not code units, so a name starting with an accent or an emoji stays whole.
  const all = [...graphemes.segment(site.trim())].map((part) => part.segment);
  const first = all.find((part) => /^[\p{L}\p{N}]/u.test(part)) ?? all[0];
  return first?.toLocaleUpperCase() ?? '·';
}
