/**
 * Turns a page URL into the id of the externalItem it shows, with the rules a Graph connection
 * already declares for Microsoft Search: `activitySettings.urlToItemResolvers`, a list of
 * `microsoft.graph.externalConnectors.itemIdResolver`
 * (https://learn.microsoft.com/graph/api/resources/externalconnectors-itemidresolver).
 */

import { remainderUnder } from '../../src/organisation/site-rules';

/** One `itemIdResolver` as Graph returns it in `activitySettings.urlToItemResolvers`. */
export interface ItemIdResolver {
  '@odata.type'?: string;
  /** Evaluation order: lower numbers are evaluated first (ties keep declaration order). */
  priority: number;
  /** Template over the named groups of `urlPattern`, e.g. `{slug}` or `wiki-{space}-{id}`. */
  itemId: string;
  urlMatchInfo: {
    /** URL prefixes a URL must start with to be processed by this resolver. */
    baseUrls: string[];
    /** ECMAScript regular expression with named groups, matched on the URL after the base URL. */
    urlPattern: string;
  };
}

/** A resolver checked once and ready to match. */
export interface CompiledResolver {
  connectionId: string;
  priority: number;
  itemId: string;
  baseUrls: URL[];
  pattern: RegExp;
  /** The source as declared, published to the extension so it can pre-filter reads. */
  source: ItemIdResolver;
}

/** Where a URL resolved to. */
export interface ResolvedItem {
  connectionId: string;
  itemId: string;
}

/** externalItem ids: at most 128 characters (Graph's limit for `externalItem.id`). */
const MAX_ITEM_ID_LENGTH = 128;
const TEMPLATE_GROUP = /\{([A-Za-z_$][\w$]*)\}/g;

/** Thrown by {@link compileResolvers} when a connection declares a resolver we cannot apply. */
export class ResolverError extends Error {
  override name = 'ResolverError';
}

/**
 * Validates and compiles the resolvers of one connection. Throws {@link ResolverError} for a
 * resolver without base URLs, with an invalid regular expression, or whose `itemId` template names
 * a group the pattern does not define (each of those would silently resolve nothing).
 */
export function compileResolvers(
  connectionId: string,
  resolvers: readonly ItemIdResolver[],
): CompiledResolver[] {
  const compiled = resolvers.map((source, index) => {
    const where = `connection ${connectionId}, resolver ${index}`;
    // Graph's answer is data from the network: check the shape, not only the type.
    const { itemId, priority } = source;
    const urlMatchInfo = source.urlMatchInfo as Partial<ItemIdResolver['urlMatchInfo']> | undefined;
    if (!Number.isInteger(priority))
      throw new ResolverError(`${where}: priority is not an integer`);
    if (typeof itemId !== 'string' || itemId === '') {
      throw new ResolverError(`${where}: itemId template is empty`);
    }
    const baseUrls = (urlMatchInfo?.baseUrls ?? []).map((base) => {
      if (!URL.canParse(base)) throw new ResolverError(`${where}: base URL ${base} is not a URL`);
      return new URL(base);
    });
    if (baseUrls.length === 0) throw new ResolverError(`${where}: no baseUrls`);
    if (typeof urlMatchInfo?.urlPattern !== 'string' || urlMatchInfo.urlPattern === '') {
      throw new ResolverError(`${where}: no urlPattern`);
    }
    let pattern: RegExp;
    try {
      // 'u' for ECMA-262 Unicode semantics; never 'g' (stateful lastIndex).
      pattern = new RegExp(urlMatchInfo.urlPattern, 'u');
    } catch (error) {
      throw new ResolverError(`${where}: urlPattern is not a valid regular expression`, {
        cause: error,
      });
    }
    const groups = new Set(
      [...pattern.source.matchAll(/\(\?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1]),
    );
    for (const [, name] of itemId.matchAll(TEMPLATE_GROUP)) {
      if (!groups.has(name))
        throw new ResolverError(`${where}: itemId names unknown group {${name}}`);
    }
    return { connectionId, priority, itemId, baseUrls, pattern, source, index };
  });
  // Array.prototype.sort is stable: equal priorities keep their declared order.
  return compiled
    .sort((a, b) => a.priority - b.priority)
    .map(({ index: _index, ...resolver }) => resolver);
}

/**
 * Resolves `rawUrl` with `resolvers` (already sorted by {@link compileResolvers}; several
 * connections' lists may be concatenated and re-sorted). The fragment is ignored. The pattern is
 * tried on the path after the base URL (always starting with `/`) first, then on that path plus
 * the query string, so `[^/]+` never swallows `?utm_source=…` while a pattern that names query
 * parameters still matches.
 * Returns null when nothing matches or the id would be empty or longer than 128 characters.
 */
export function resolveItem(
  rawUrl: string,
  resolvers: readonly CompiledResolver[],
): ResolvedItem | null {
  if (!URL.canParse(rawUrl)) return null;
  const url = new URL(rawUrl);
  for (const resolver of resolvers) {
    for (const base of resolver.baseUrls) {
      const rest = remainderUnder(url, base);
      if (rest === null) continue;
      const match = resolver.pattern.exec(rest) ?? resolver.pattern.exec(rest + url.search);
      const itemId = match ? fillTemplate(resolver.itemId, match.groups ?? {}) : null;
      if (itemId !== null) return { connectionId: resolver.connectionId, itemId };
    }
  }
  return null;
}

function fillTemplate(template: string, groups: Record<string, string | undefined>): string | null {
  const missing: string[] = [];
  const id = template.replace(TEMPLATE_GROUP, (_whole, name: string) => {
    const value = groups[name];
    if (value === undefined || value === '') missing.push(name);
    return value ?? '';
  });
  if (missing.length > 0 || id === '' || id.length > MAX_ITEM_ID_LENGTH) return null;
  return id;
}
