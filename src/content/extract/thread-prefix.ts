/**
 * Forum thread prefixes: XenForo, vBulletin and Invision show a thread's state or kind as a
 * label inside the headline (`<h1><span class="label">Solved</span> Story</h1>`) and print it
 * before the title in `<title>` and og:title ("Solved - Story"). The label is the forum's
 * interface, not the thread's title; a prefix the poster typed ("[Question] Story" as plain text)
 * is the page's own words and stays.
 */
import { looseKey } from './title';

// XenForo's `label`, XenForo 1's and vBulletin's `prefix`, Invision's `ipsBadge`, Bootstrap's
// `badge` and `pill`.
const LABEL_CLASS = /label|prefix|badge|pill/i;

/** The texts of the labels that open `h1` (at most three leading child elements). */
export function threadPrefixes(h1: Element): string[] {
  const out: string[] = [];
  for (
    let el = h1.firstElementChild, n = 0;
    el !== null && n < 3;
    el = el.nextElementSibling, n++
  ) {
    if (!LABEL_CLASS.test(el.getAttribute('class') ?? '')) break;
    // The label must open the heading: no text before it.
    if (n === 0 && h1.textContent.indexOf(el.textContent) > 0) break;
    const text = el.textContent.trim();
    // A wrapper holding the whole headline is no label before it (Drupal prints every title as
    // `<h1><span class="field field--name-title field--label-hidden">Story</span></h1>`).
    if (looseKey(text) === looseKey(h1.textContent)) break;
    if (text !== '' && text.length <= 40) out.push(text);
  }
  return out;
}

// Between a prefix and the title: spaces, a dash, colon, bar or a closing bracket.
const AFTER_PREFIX = /^[\s\])】:|\-–—]+/;
const BEFORE_PREFIX = /^[\s[(【]+/;

/**
 * `text` without the leading prefixes in `prefixes` ("Solved - Story", "[Solved] Story" →
 * "Story"), compared up to case; unchanged when it does not start with them or nothing would be left.
 */
export function withoutThreadPrefix(text: string, prefixes: readonly string[]): string {
  let out = text;
  for (const prefix of prefixes) {
    const rest = out.replace(BEFORE_PREFIX, '');
    if (!rest.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const after = rest.slice(prefix.length);
    // "Solvedly" does not start with the label "Solved": a boundary must follow.
    if (after !== '' && !AFTER_PREFIX.test(after)) continue;
    const next = after.replace(AFTER_PREFIX, '').trim();
    if (looseKey(next) !== '') out = next;
  }
  return out;
}

/**
 * The headline `h1` states: its text without the thread prefixes (see threadPrefixes) and without
 * a closing permalink, the `<a href="#id">` holding one glyph that docs generators end headings
 * with (Sphinx's and MkDocs' `¶`, "#", "§", "🔗"). A "#" the heading writes itself ("C#") stays.
 */
export function headlineText(h1: Element, prefixes: readonly string[]): string {
  const text = withoutThreadPrefix(h1.textContent, prefixes);
  const last = h1.lastElementChild;
  if (last?.tagName !== 'A' || !(last.getAttribute('href') ?? '').startsWith('#')) return text;
  const glyph = last.textContent.trim();
  // Not a count or a word ("Story <a href="#comments">3</a>"): a mark of one or two characters.
  return /^[^\p{L}\p{N}]{1,2}$/u.test(glyph) && text.trimEnd().endsWith(glyph)
    ? text.trimEnd().slice(0, -glyph.length)
    : text;
}
