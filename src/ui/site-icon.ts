/**
 * A page's icon for lists: its favicon when it has one that loads, else the site's initial on a
 * neutral disc (never the extension's own logo, which would read as "a page of this extension").
 */
export function siteIcon(doc: Document, pageUrl: string, faviconUrl?: string): HTMLElement {
  const box = doc.createElement('span');
  box.className = 'site-icon';
  box.setAttribute('aria-hidden', 'true');
  const fallback = (): void => {
    box.replaceChildren(siteInitial(pageUrl));
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

/** The first letter of the host without "www." ("e" for www.example.com), or "·". */
export function siteInitial(pageUrl: string): string {
  try {
    const host = new URL(pageUrl).hostname.replace(/^www\./, '');
    // A grapheme, not a code unit: IDN hosts are punycode here, but a cluster is always whole.
    const [first] = new Intl.Segmenter().segment(host);
    return first?.segment.toLocaleUpperCase() ?? '·';
  } catch {
    return '·';
  }
}
