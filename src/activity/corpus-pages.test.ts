// @vitest-environment jsdom
// Every page of the shared corpus, parsed once (jsdom parsing is most of the cost: 130 pages,
// tens of seconds of CPU) for two checks that used to parse it each in its own file: the card
// and activity built from its capture (testing/corpus-card-check.ts) and the reading position's
// quotes (content/reading-position/testing/corpus-quote-check.ts). One page's DOM at a time.
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../content/extract/index';
import { checkCorpusQuotes } from '../content/reading-position/testing/corpus-quote-check';
import { cardValidator } from './testing/card-render';
import { checkCorpusCard } from './testing/corpus-card-check';
import { type CorpusPage, corpusCases, CORPUS_DIR, loadCorpusPage } from './testing/corpus';

// Parsing a large corpus page in jsdom took 27 s on a loaded 2-core machine.
const PAGE_TIMEOUT_MS = 90_000;

const cases = corpusCases();
let validate: ValidateFunction;
beforeAll(() => {
  validate = cardValidator();
});

it('the shared corpus is present (the corpus checks below must not skip silently)', () => {
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
