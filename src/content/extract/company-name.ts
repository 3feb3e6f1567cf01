/**
 * A site's name written longer than the brand the reader knows: a publisher declared by its
 * company's legal name ("The New York Times Company", "Harbour News Ltd", "Hafen Medien GmbH")
 * while the page's `<title>` signs with the brand ("Story - The New York Times"), or a name
 * followed by its slogan ("WebMD: Better information. Better health.", a logo's alt on
 * webmd.com). Only a name ending in a company form is shortened to a part `<title>` sets apart,
 * and only a slogan after a separator whose first part spells the host's name is cut.
 */
import { hostNames, looseKey, splitsOf } from './title';

// Company forms after the brand, one or two of them, with or without a comma before:
// "Company", "Inc.", "Pty Ltd", "Media Group", "GmbH", "S.A.", "Holdings"…
const FORM =
  'company|co\\.?|inc\\.?|incorporated|corporation|corp\\.?|ltd\\.?|limited|llc|plc|gmbh|ag|se|s\\.?a\\.?|s\\.?p\\.?a\\.?|b\\.?v\\.?|n\\.?v\\.?|pty|k\\.?k\\.?|holdings?|group|media';
const COMPANY = new RegExp(`^(.+?),?\\s+(?:${FORM})(?:,?\\s+(?:${FORM}))?$`, 'i');
const ARTICLE_ONLY = /^\s*(?:the|a|an)\s*$/i;
// Cheap guard: a name whose last word is no company form is returned untouched.
const LAST_WORD = new RegExp(`\\s(?:${FORM})$`, 'i');

// "Brand: slogan", "Brand - slogan", "Brand | slogan": the first separator.
const SLOGAN = /^(.+?)(?::\s|\s[-–—|]\s)(.+)$/;

/**
 * `name` without a slogan after its first separator when the part before spells the host's name
 * ("WebMD: Better information. Better health." on www.webmd.com gives "WebMD"); `name` otherwise.
 */
export function brandBeforeSlogan(name: string | undefined, pageUrl: string): string | undefined {
  const head = name === undefined ? undefined : SLOGAN.exec(name)?.[1];
  if (head === undefined) return name;
  const key = looseKey(head);
  return hostNames(pageUrl).some((host) => looseKey(host) === key) ? head : name;
}

/**
 * `name` without its company form when `docTitle` sets the rest apart as one of its parts
 * ("The New York Times Company" with "Story - The New York Times" gives "The New York Times");
 * `name` otherwise, and undefined when `name` is.
 */
export function brandOfCompany(
  name: string | undefined,
  docTitle: string | undefined,
): string | undefined {
  if (name === undefined || docTitle === undefined || !LAST_WORD.test(name)) return name;
  const stem = COMPANY.exec(name)?.[1];
  if (stem === undefined) return name;
  const key = looseKey(stem);
  // "The Company" names no brand: an article alone is no stem.
  if (key === '' || ARTICLE_ONLY.test(stem)) return name;
  const parts = splitsOf(docTitle);
  return parts.some((s) => looseKey(s.head) === key || looseKey(s.tail) === key) ? stem : name;
}
