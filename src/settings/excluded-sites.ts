/**
 * Sites the user never wants recorded. A pattern is a host name ("example.com"), which also covers
 * its subdomains ("news.example.com"); "*.example.com" is accepted and means the same. Schemes,
 * paths and ports in a pattern are ignored, so pasting a whole URL works.
 */
export function normalizeSitePattern(raw: string): string | null {
  let text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text.replace(/^\*\./, '')}`;
  try {
    const host = new URL(text).hostname.replace(/^\*\./, '').replace(/\.$/, '');
    return /^[a-z0-9.-]+$/.test(host) && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}

export function isExcludedUrl(url: string, patterns: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  return patterns.some((pattern) => host === pattern || host.endsWith(`.${pattern}`));
}
