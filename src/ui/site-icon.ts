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

/** The first letter of a site's label ("T" for "The Slow Kitchen", "E" for example.com), or "·". */
export function siteInitial(site: string): string {
  // A grapheme, not a code unit, so a name starting with an accent or an emoji stays whole.
  const [first] = graphemes.segment(site.trim());
  return first?.segment.toLocaleUpperCase() ?? '·';
}
