/**
 * Which pages an organisation's relay wants to hear about: the base URLs and patterns it publishes
 * at `GET /v1/sites`, taken from its Graph connections' `activitySettings.urlToItemResolvers`
 * (`itemIdResolver.urlMatchInfo`,
 * https://learn.microsoft.com/graph/api/resources/externalconnectors-itemidresolver). A read whose
 * URL matches none of them never leaves this browser. Pure: no I/O, no clock.
 */

import type { RelaySiteRule } from '../store/schema';

/**
 * One published rule, as `GET /v1/sites` answers it (relay/README.md): `baseUrls` (URL prefixes),
 * `urlPattern` (ECMAScript, matched on the path after the base URL, then with the query) and
 * `priority` (lower first: the display order; a boolean match does not depend on it).
 */
export type SiteRule = RelaySiteRule;

/** A rule checked once and ready to match; rules that cannot be compiled are dropped. */
export interface CompiledSiteRule {
  rule: SiteRule;
  baseUrls: URL[];
  pattern: RegExp;
}

const MAX_RULES = 200;
const MAX_PATTERN_LENGTH = 2_000;

/**
 * Reads the relay's answer (network data: any shape) into rules. Entries that are not a rule are
 * skipped rather than failing the list, so one odd resolver does not switch reporting off for the
 * others; returns null when the body is not `{ resolvers: [...] }` at all.
 */
export function parseSiteRules(body: unknown): SiteRule[] | null {
  const list =
    typeof body === 'object' && body !== null ? (body as { resolvers?: unknown }).resolvers : null;
  if (!Array.isArray(list)) return null;
  const rules: SiteRule[] = [];
  for (const entry of list.slice(0, MAX_RULES)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { connectionId, priority, baseUrls, urlPattern } = entry as Record<string, unknown>;
    if (typeof connectionId !== 'string' || typeof urlPattern !== 'string') continue;
    if (urlPattern === '' || urlPattern.length > MAX_PATTERN_LENGTH) continue;
    if (!Array.isArray(baseUrls)) continue;
    const bases = baseUrls.filter(
      (base): base is string => typeof base === 'string' && isWebUrl(base),
    );
    if (bases.length === 0) continue;
    rules.push({
      connectionId,
      priority: typeof priority === 'number' && Number.isFinite(priority) ? priority : 0,
      baseUrls: bases,
      urlPattern,
    });
  }
  return rules.sort((a, b) => a.priority - b.priority);
}

/** Compiles rules for matching; a pattern the browser cannot compile drops that rule only. */
export function compileSiteRules(rules: readonly SiteRule[]): CompiledSiteRule[] {
  const compiled: CompiledSiteRule[] = [];
  for (const rule of rules) {
    try {
      // 'u' as the relay compiles it (ECMA-262 Unicode semantics); never 'g' (stateful lastIndex).
      const pattern = new RegExp(rule.urlPattern, 'u');
      compiled.push({ rule, baseUrls: rule.baseUrls.map((base) => new URL(base)), pattern });
    } catch {
      // The relay refuses such a connection itself; here it simply matches nothing.
    }
  }
  return compiled;
}

/**
 * True when the relay would resolve `rawUrl` to an item: it lies under a base URL (same origin,
 * base path as a prefix at a segment boundary) and the pattern matches the rest of the path, or
 * the rest plus the query string. The fragment is ignored. These are the relay's own semantics
 * (relay/graph/resolver.ts `resolveItem`), so the two never disagree about a page.
 */
export function matchesSiteRules(rawUrl: string, rules: readonly CompiledSiteRule[]): boolean {
  if (!URL.canParse(rawUrl)) return false;
  const url = new URL(rawUrl);
  return rules.some(({ baseUrls, pattern }) =>
    baseUrls.some((base) => {
      const rest = remainderUnder(url, base);
      return rest !== null && (pattern.test(rest) || pattern.test(rest + url.search));
    }),
  );
}

/**
 * The part of `url` after `base`, keeping its leading `/`, or null when `url` is not under it:
 * same origin, and the path a prefix at a segment boundary (`/wiki` never claims `/wikipedia`).
 * The relay resolves item ids with the same rule (relay/graph/resolver.ts).
 */
export function remainderUnder(url: URL, base: URL): string | null {
  if (url.origin !== base.origin) return null;
  const basePath = base.pathname;
  const path = url.pathname;
  if (!path.startsWith(basePath)) return null;
  if (basePath.endsWith('/')) return path.slice(basePath.length - 1);
  const rest = path.slice(basePath.length);
  return rest === '' || rest.startsWith('/') ? rest : null;
}

function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}
