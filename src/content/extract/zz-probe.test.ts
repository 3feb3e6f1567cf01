// @vitest-environment jsdom
import { it, expect } from 'vitest';
import { extractPageMetadata } from './index';
import { sanitizePageMetadata } from '../../activity/sanitize';
import { buildAdaptiveCard } from '../../activity/adaptive-card';

const PAGE = 'https://news.example.com/a/story';
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ld = (j: string) => `<script type="application/ld+json">${j}</script>`;

it.each([
  ['obj 1e5', '{"@type":"Article","headline":"Deep","x":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + '}'],
  ['arr 1e5', '{"@type":"Article","headline":"Deep","x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'],
  ['author 1e4 nested', '{"@type":"Article","headline":"Deep","author":' + '{"author":'.repeat(20_000) + '{"name":"X"}' + '}'.repeat(20_000) + '}'],
  ['graph 1e4 @id chain', '{"@graph":[{"@type":"Article","@id":"#0","headline":"Deep","author":{"@id":"#1"}},' + Array.from({length: 20000}, (_, i) => `{"@id":"#${i+1}","@type":"Person","name":{"@id":"#${i+2}"},"author":{"@id":"#${i+2}"}}`).join(',') + ']}'],
  ['arrays of arrays', '{"@type":[["Article"]],"headline":[["A"],["B"]],"author":[[[{"name":[["N"]]}]]],"name":123,"publisher":{"name":[1,2]},"datePublished":{"@value":[1]},"image":[[["javascript:alert(1)"]]],"url":"javascript:alert(1)"}'],
  ['script close', '{"@type":"Article","headline":"</script><script>alert(1)</script>"}'],
  ['proto', '{"@type":"Article","headline":"P","__proto__":{"headline":"polluted"},"constructor":{"prototype":{"x":1}}}'],
])('%s', (_n, json) => {
  const t0 = performance.now();
  const meta = extractPageMetadata(doc(`<title>Fallback</title>${ld(json)}<link rel=canonical href="javascript:alert(1)"><meta property="og:image" content="data:image/svg+xml,<svg onload=alert(1)>"><meta property="og:url" content="data:text/html,x">`), PAGE);
  const ms = performance.now() - t0;
  const clean = sanitizePageMetadata(meta);
  console.log(_n, ms.toFixed(0), JSON.stringify(clean).slice(0, 300));
  expect(clean).not.toBeNull();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(JSON.stringify(clean)).not.toMatch(/javascript:|data:/);
});

it('title with control chars, bidi, NUL, lone surrogates', () => {
  const title = 'A\u202Egnp.exe\u0000B\uD800C\u200F\u2066D\u001B[31mE\u0007\uFEFF\u2028F';
  const d = doc('<title>x</title>');
  d.title = title;
  const meta = extractPageMetadata(d, PAGE);
  const clean = sanitizePageMetadata(meta);
  console.log(JSON.stringify(clean?.title));
  const card = buildAdaptiveCard(clean!, {} as never);
  console.log(JSON.stringify(card).slice(0, 800));
});
