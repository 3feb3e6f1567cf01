// Test helper: every page of the shared corpus, parsed with jsdom once per test file.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { requireSharedDir } from '../../testing/shared-dir';

/** The shared folder; a test file that needs it fails loudly, naming where it looked, without it. */
export const SHARED_DIR = requireSharedDir('corpus');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus/readability');
export const CASES_DIR = path.join(SHARED_DIR, 'cases');
export const SCHEMAS_DIR = path.join(SHARED_DIR, 'schemas');
const DEFAULT_URL = 'http://fakehost/test/page.html';

export interface CorpusPage {
  name: string;
  url: string;
  document: Document;
}

/** Case names (folders holding source.html); empty when the shared corpus is absent. */
export function corpusCases(dir = CORPUS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/**
 * Part `part` (0-based) of `parts` of the corpus cases, balanced by the size of their pages
 * (parsing is most of a page's cost, and grows with its size): the largest page goes to the part
 * with the fewest bytes so far. Every case is in exactly one part, so a test file per part lets
 * Vitest run the parts in parallel without parsing any page twice.
 */
export function corpusPart(part: number, parts: number, dir = CORPUS_DIR): string[] {
  const sized = corpusCases(dir)
    .map((name) => ({ name, bytes: fs.statSync(path.join(dir, name, 'source.html')).size }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  const totals = new Array<number>(parts).fill(0);
  const names: string[][] = Array.from({ length: parts }, () => []);
  for (const { name, bytes } of sized) {
    const lightest = totals.indexOf(Math.min(...totals));
    totals[lightest] = (totals[lightest] ?? 0) + bytes;
    names[lightest]?.push(name);
  }
  return (names[part] ?? []).sort();
}

/**
 * Parses one case. <style> blocks are dropped first: jsdom's CSS parser crashes on some real
 * stylesheets, and no metadata lives in CSS. Scripts never run (jsdom's default).
 */
export function loadCorpusPage(name: string, dir = CORPUS_DIR): CorpusPage {
  const caseDir = path.join(dir, name);
  const urlFile = path.join(caseDir, 'url.txt');
  const url = fs.existsSync(urlFile) ? fs.readFileSync(urlFile, 'utf8').trim() : DEFAULT_URL;
  const html = fs
    .readFileSync(path.join(caseDir, 'source.html'), 'utf8')
    .replace(/<style[\s\S]*?<\/style>/gi, '');
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { name, url, document: dom.window.document };
}
