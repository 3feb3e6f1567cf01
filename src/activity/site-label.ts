/**
 * The site a page is listed and filtered under on the history page and in the popup: the name the
 * page declares (`siteName`, e.g. "ZEIT ONLINE"), else its host without a leading "www.". Not a
 * site in the Public Suffix List sense (`site.ts`): a label people read and filter by. The history
 * page's Site filter, its "Delete all from <site>" (`DeletionScope.siteLabel`) and the charts' sites
 * table all match it exactly. Pure; never throws (an address that does not parse is its own label).
 */
export function siteLabelOf(url: string, siteName?: string): string {
  if (siteName) return siteName;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
