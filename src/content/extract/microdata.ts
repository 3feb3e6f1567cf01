/**
 * Converts the page's microdata items into the same object shape as JSON-LD, so one set of
 * field readers serves both. Only the properties the extractor reads are materialised, and
 * element counts are bounded: a page wrapped in one giant itemscope stays cheap.
 */
import type { JsonLdGraph, LdNode } from './json-ld';
import { typeRank } from './schema-types';

const WANTED = new Set([
  'headline',
  'name',
  'alternativeHeadline',
  'author',
  'creator',
  'publisher',
  'datePublished',
  'dateCreated',
  'dateModified',
  'uploadDate',
  'description',
  'image',
  'thumbnailUrl',
  'url',
  'inLanguage',
  'keywords',
  'wordCount',
  'timeRequired',
  'logo',
  'givenName',
  'familyName',
  'mainEntityOfPage',
  'mainEntity',
  'contentUrl',
  'copyrightHolder',
  'sourceOrganization',
]);
const PARTY = new Set(['author', 'creator', 'publisher', 'copyrightHolder', 'sourceOrganization']);
// Properties whose value is a URL. For the rest, sites put text in <a> (a linked headline or
// name) far more often than they mean the href, so those read the link text.
const URL_PROPS = new Set([
  'url',
  'image',
  'thumbnailUrl',
  'logo',
  'mainEntityOfPage',
  'contentUrl',
]);
const URL_ELEMENTS = new Set(['A', 'AREA', 'LINK']);
const SRC_ELEMENTS = new Set(['IMG', 'AUDIO', 'VIDEO', 'SOURCE', 'EMBED', 'IFRAME', 'TRACK']);
const MAX_SCOPES = 40;
const MAX_PROPS = 300;
const MAX_DEPTH = 4;

function typeNames(scope: Element): string[] {
  // Only schema.org vocabularies: data-vocabulary.org and others use clashing type names.
  return (scope.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter((t) => /^https?:\/\/schema\.org\//i.test(t))
    .map((t) => t.replace(/\/+$/, '').split(/[/#]/).pop() ?? '')
    .filter((t) => t !== '');
}

function textOf(el: Element): string {
  return el.textContent.slice(0, 2000);
}

function propValue(el: Element, name: string): unknown {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (URL_ELEMENTS.has(tag)) {
    const href = el.getAttribute('href') ?? '';
    if (URL_PROPS.has(name) || tag !== 'A') return href;
    // <a itemprop=author href=/profile>Jane</a> is the usual byline shape: keep both.
    return PARTY.has(name) ? { name: textOf(el), url: href } : textOf(el);
  }
  if (SRC_ELEMENTS.has(tag)) return el.getAttribute('src') ?? '';
  if (tag === 'OBJECT') return el.getAttribute('data') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? textOf(el);
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  const content = el.getAttribute('content');
  if (content !== null) return content;
  // A headline property on a wrapper around the heading and its date line (Zola's after-dark:
  // `<div itemprop="headline"><h1>Story</h1><time>…</time></div>`) is the heading's text.
  const heading =
    name === 'headline' && !/^H[1-6]$/.test(tag) ? el.querySelector('h1, h2, h3') : null;
  return textOf(heading ?? el);
}

function toNode(scope: Element, depth: number): LdNode {
  const node: Record<string, unknown[]> = {};
  const props = scope.querySelectorAll('[itemprop]');
  const total = Math.min(props.length, MAX_PROPS);
  for (let i = 0; i < total; i++) {
    const el = props[i];
    if (el === undefined || el.parentElement?.closest('[itemscope]') !== scope) continue;
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter((n) => WANTED.has(n));
    for (const name of names) {
      const value =
        el.hasAttribute('itemscope') && depth < MAX_DEPTH
          ? toNode(el, depth + 1)
          : propValue(el, name);
      (node[name] ??= []).push(value);
    }
  }
  return { '@type': typeNames(scope), ...node };
}

// Teasers of other pages sit in asides, navigation and footers; the site's own WebSite and
// Organization items often sit there too, so only content items are left out.
const ELSEWHERE = 'aside, nav, footer';

/**
 * Top-level microdata items (those not themselves a property of another item), without content
 * items (articles, videos…) placed in an aside, navigation or footer: those describe other pages.
 */
export function readMicrodata(doc: Document): JsonLdGraph {
  const nodes: LdNode[] = [];
  const scopes = doc.querySelectorAll('[itemscope][itemtype]');
  for (let i = 0; i < scopes.length && nodes.length < MAX_SCOPES; i++) {
    const scope = scopes[i];
    if (scope === undefined || scope.hasAttribute('itemprop')) continue;
    if (typeRank(typeNames(scope)) !== 0 && scope.closest(ELSEWHERE) !== null) continue;
    nodes.push(toNode(scope, 0));
  }
  return { nodes, byId: new Map() };
}
