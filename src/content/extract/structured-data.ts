/**
 * Picks the node that describes the content being read (an Article, Recipe, VideoObject…) out
 * of a schema.org graph and reads its fields, falling back to the WebPage and WebSite nodes for
 * what the content node leaves out.
 */
import { LIMITS } from '../../activity/limits';
import { normalizeDate } from './dates';
import type { Found } from './found';
import { isNode, resolveRef, type JsonLdGraph, type LdNode } from './json-ld';
import {
  durationMinutes,
  nodeAuthors,
  nodeKeywords,
  nodePublisher,
  nodeText,
  nodeUrl,
  rawText,
} from './schema-node';
import { isPageType, looksLikeContent, preferredType, typeRank, typesOf } from './schema-types';
import { wordSet } from './text';

const sameResource = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.replace(/[#?].*$|\/$/g, '') === b.replace(/[#?].*$|\/$/g, '');

function overlap(a: string, b: string): number {
  const wa = wordSet(a);
  const wb = wordSet(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, wa.size, wb.size);
}

/**
 * The content node: the page's declared mainEntity, else the best-ranked node. Among several
 * content nodes (an article with embedded videos), the one titled like the page and the one
 * whose url is the page win.
 */
export function findMainEntity(
  graph: JsonLdGraph,
  pageUrl: string,
  pageTitle?: string,
): LdNode | undefined {
  let best: LdNode | undefined;
  let bestScore = 0;
  for (const node of graph.nodes) {
    const types = typesOf(node);
    if (isPageType(types)) {
      const declared = resolveRef(graph, node.mainEntity);
      if (isNode(declared) && typeRank(typesOf(declared)) >= 2) return declared;
    }
    const rank = typeRank(types);
    if (rank === 0 || (rank === 2 && !looksLikeContent(node))) continue;
    let score = rank * 4;
    const title = rawText(node.headline) ?? rawText(node.name);
    if (title !== undefined)
      score += 1 + (pageTitle === undefined ? 0 : 2 * overlap(title, pageTitle));
    const url = rawText(node.url) ?? rawText(resolveRef(graph, node.mainEntityOfPage));
    if (sameResource(url, pageUrl)) score += 1;
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

const firstOfType = (graph: JsonLdGraph, test: (types: string[]) => boolean): LdNode | undefined =>
  graph.nodes.find((node) => test(typesOf(node)));

function pick<T>(...values: readonly (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}

function mainEntityOfPageUrl(graph: JsonLdGraph, node: LdNode, base: string): string | undefined {
  const value = resolveRef(graph, node.mainEntityOfPage);
  return isNode(value)
    ? (nodeUrl(graph, value['@id'], base) ?? nodeUrl(graph, value.url, base))
    : nodeUrl(graph, value, base);
}

/**
 * headline, else name. When both exist and differ, the one closer to the page's own title wins:
 * some sites put a summary or category in one of them (Wikipedia's headline is the Wikidata
 * description, e.g. "Wikimedia list article").
 */
function titleOf(node: LdNode, pageTitle: string | undefined): string | undefined {
  const headline = nodeText(node.headline, LIMITS.title);
  const name = nodeText(node.name, LIMITS.title);
  if (headline === undefined || name === undefined || pageTitle === undefined) {
    return headline ?? name;
  }
  return overlap(name, pageTitle) > overlap(headline, pageTitle) ? name : headline;
}

function urlOf(raw: string | undefined, base: string): URL | undefined {
  try {
    const url = raw === undefined || raw.trim() === '' ? undefined : new URL(raw.trim(), base);
    return url?.protocol === 'http:' || url?.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

// The hosts of `a` and `b` with a leading "www." dropped are the same.
function sameHost(a: URL, b: string): boolean {
  try {
    const bare = (host: string): string => host.replace(/^www\./, '');
    return bare(a.hostname) === bare(new URL(b).hostname);
  } catch {
    return false;
  }
}

/**
 * The name of the Organization whose url is the home page of the site being read: a site's
 * own markup declares it ("Organization", url "https://example.com/") even when no article
 * names it as publisher. An organisation at another address (a partner, a parent company's
 * site) or at a deeper path (a section, a sponsor) is not the site.
 */
function siteOwnerOf(graph: JsonLdGraph, base: string, pageUrl: string): string | undefined {
  for (const node of graph.nodes) {
    const types = typesOf(node);
    if (!types.some((t) => t.endsWith('Organization') || t === 'Corporation')) continue;
    // Read raw: "/" is the usual relative form, and canonicalizeUrl refuses punctuation alone.
    const home = urlOf(rawText(resolveRef(graph, node.url)), base);
    if (home === undefined || !/^\/(?:index\.\w+)?$/.test(home.pathname) || home.search !== '') {
      continue;
    }
    if (sameHost(home, pageUrl)) return nodeText(node.name, LIMITS.siteName);
  }
  return undefined;
}

/** Everything a schema.org graph says about the page. `pageTitle` arbitrates headline/name. */
export function fromStructuredData(
  graph: JsonLdGraph,
  base: string,
  pageUrl: string,
  pageTitle?: string,
): Found {
  const main = findMainEntity(graph, pageUrl, pageTitle);
  const page = firstOfType(graph, isPageType);
  const site = firstOfType(graph, (t) => t.includes('WebSite'));
  const nodes = [main, page].filter((n): n is LdNode => n !== undefined);
  const siteOwner = siteOwnerOf(graph, base, pageUrl);
  if (nodes.length === 0 && site === undefined) return siteOwner === undefined ? {} : { siteOwner };
  const field = (read: (node: LdNode) => unknown): unknown => {
    for (const node of nodes) {
      const value = read(node);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const date = (...keys: string[]): string | undefined =>
    pick(...keys.map((key) => normalizeDate(rawText(field((n) => n[key])))));
  const readingMinutes = main === undefined ? undefined : durationMinutes(main.timeRequired);
  const wordCount = main === undefined ? 0 : Number(rawText(main.wordCount));
  const organizations = nodes
    .flatMap((n) =>
      nodeAuthors(graph, [n.publisher, n.copyrightHolder, n.sourceOrganization], base),
    )
    .map((a) => a.name);
  return {
    organizations,
    siteOwner,
    title: main && titleOf(main, pageTitle),
    authors: pick(...nodes.map((n) => nodeAuthors(graph, n.author ?? n.creator, base))),
    description: nodeText(
      field((n) => n.description),
      LIMITS.description,
    ),
    siteName: site && nodeText(site.name, LIMITS.siteName),
    publisher: pick(...[...nodes, site].map((n) => n && nodePublisher(graph, n.publisher, base))),
    datePublished: date('datePublished', 'dateCreated', 'uploadDate'),
    dateModified: date('dateModified'),
    lang: nodeText(field((n) => n.inLanguage) ?? site?.inLanguage, LIMITS.lang),
    image: pick(
      ...nodes.map((n) => nodeUrl(graph, n.image ?? n.thumbnailUrl ?? n.primaryImageOfPage, base)),
    ),
    url: main && pick(nodeUrl(graph, main.url, base), mainEntityOfPageUrl(graph, main, base)),
    type: main && preferredType(typesOf(main)),
    keywords: main && nodeKeywords(main.keywords),
    wordCount: Number.isInteger(wordCount) && wordCount > 0 ? wordCount : undefined,
    readingMinutes,
  };
}
