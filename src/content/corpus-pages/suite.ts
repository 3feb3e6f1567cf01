// Every page of the shared corpus, parsed once (jsdom parsing is most of the cost: 130 pages,
// tens of seconds of CPU) for two checks that used to parse it each in its own file: the card
// and activity built from its capture (activity/testing/corpus-card-check.ts) and the reading
// position's quotes (reading-position/testing/corpus-quote-check.ts). One page's DOM at a time.
// The corpus is cut into CORPUS_PARTS parts of about equal size, one test file each (part1 to
// part4.test.ts here), so Vitest runs them side by side: as one file it was the longest pole of
// the unit suite.
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardValidator } from '../../activity/testing/card-render';
import {
  type CorpusPage,
  corpusPart,
  CORPUS_DIR,
  loadCorpusPage,
} from '../../activity/testing/corpus';
import { checkCorpusCard } from '../../activity/testing/corpus-card-check';
import { extractPageMetadata } from '../extract/index';
import { checkCorpusQuotes } from '../reading-position/testing/corpus-quote-check';

/** How many test files share the corpus (part1 to part4.test.ts beside this file). */
export const CORPUS_PARTS = 4;

// Parsing a large corpus page in jsdom took 27 s on a loaded 2-core machine.
const PAGE_TIMEOUT_MS = 90_000;

/**
 * Declares the corpus checks for part `part` (1-based, up to CORPUS_PARTS) in the calling test
 * file, which must run in jsdom (`// @vitest-environment jsdom`) for the card check.
 */
export function describeCorpusPart(part: number): void {
  const cases = corpusPart(part - 1, CORPUS_PARTS);
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = cardValidator();
  });

  it(`part ${part} of ${CORPUS_PARTS} of the shared corpus holds pages (the checks below must not skip silently)`, () => {
    expect(cases.length, `no pages under ${CORPUS_DIR}`).toBeGreaterThan(0);
  });

  describe.each(cases)('%s', (name) => {
    let page: CorpusPage | undefined;
    const parsed = (): CorpusPage => {
      if (page === undefined) throw new Error(`${name} was not parsed`);
      return page;
    };
    beforeAll(() => {
      page = loadCorpusPage(name);
    }, PAGE_TIMEOUT_MS);
    afterAll(() => {
      page?.document.defaultView?.close();
      page = undefined;
    });

    it(
      'valid card that renders literally; valid activity',
      () => {
        const { document, url } = parsed();
        checkCorpusCard(extractPageMetadata(document, url), validate);
      },
      PAGE_TIMEOUT_MS,
    );

    it(
      'every quote is unique in the page and article text',
      () => {
        checkCorpusQuotes(parsed().document);
      },
      PAGE_TIMEOUT_MS,
    );
  });
}
