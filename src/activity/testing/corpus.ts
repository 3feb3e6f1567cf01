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
