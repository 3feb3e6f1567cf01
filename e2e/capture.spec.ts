import { expect, test, untilRead } from './fixtures/extension';
import { recordedPages, readFor } from '../harness/reading';

test('a single-page app route change is captured as its own activity, with time on each', async ({
  context,
  extensionPage,
  pages,
}) => {
  const app = await context.newPage();
  await app.goto(pages.url('/spa.html?chapter=1'));
  const first = await readFor(app, 7);
  // The app changes the URL with pushState and re-renders in place: no page load.
  await app.getByRole('link', { name: 'Chapter 2' }).click();
  await expect(app).toHaveTitle('Chapter 2 – Single-page reader');
  const second = await readFor(app, 7);
  await extensionPage.bringToFront();

  await expect
    .poll(async () => (await recordedPages(extensionPage)).map((a) => a.metadata.title).sort())
    // The site's name, set apart from the headline in <title>, is not part of the title.
    .toEqual(['Chapter 1', 'Chapter 2']);
  const recorded = await recordedPages(extensionPage);
  expect(recorded.map((a) => a.metadata.siteName)).toEqual([
    'Single-page reader',
    'Single-page reader',
  ]);
  const seconds = (chapter: string) =>
    (recorded.find((a) => a.metadata.url.endsWith(`chapter=${chapter}`))?.activeMs ?? 0) / 1000;
  // The route settles for half a second before the new page is reported.
  expect(seconds('1')).toBeGreaterThan(first - 1);
  expect(seconds('1')).toBeLessThan(first + 2);
  expect(seconds('2')).toBeGreaterThan(second - 2);
  expect(seconds('2')).toBeLessThan(second + 1);
});

test('what a page says about itself is captured: site, authors, date, type and canonical URL', async ({
  context,
  extensionPage,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('/tides.html?utm_source=mail&fbclid=abc#section'));
  await readFor(page, 6);
  await extensionPage.bringToFront();
  await untilRead(extensionPage, pages.url('/tides.html'));
  const [tides] = await recordedPages(extensionPage);
  expect(tides?.metadata).toMatchObject({
    url: pages.url('/tides.html'),
    title: 'How tides really work',
    type: 'NewsArticle',
    siteName: 'Coastal Notes',
    authors: [{ name: 'Mara Quill', kind: 'Person', url: pages.url('/authors/mara') }],
    datePublished: '2026-03-14T08:30:00+01:00',
    lang: 'en',
    themeColor: '#0e7490',
    faviconUrl: pages.url('/favicon.png'),
    image: pages.url('/images/tides.jpg'),
  });
});

test('a large page, its snapshot held in a Blob for the worker, is read in full', async ({
  context,
  extensionPage,
  pages,
}) => {
  const page = await context.newPage();
  await page.goto(pages.url('/tides.html'));
  // Past BLOB_MIN_CHARS (src/content/blob-hold.ts): the page sends its HTML's Blob URL, not the HTML.
  await page.evaluate(() => {
    const notes = document.createElement('section');
    for (let i = 0; i < 600; i++) {
      const p = document.createElement('p');
      p.textContent = `Tide table note ${String(i)}: ${'the moon pulls the sea, '.repeat(20)}`;
      notes.append(p);
    }
    document.body.append(notes);
  });
  expect(await page.evaluate(() => document.body.textContent.length)).toBeGreaterThan(250_000);
  await readFor(page, 6);
  await extensionPage.bringToFront();
  await untilRead(extensionPage, pages.url('/tides.html'));
  const [tides] = await recordedPages(extensionPage);
  // What only the extractor finds (a page not read reports its address and title alone).
  expect(tides?.metadata).toMatchObject({
    title: 'How tides really work',
    type: 'NewsArticle',
    authors: [{ name: 'Mara Quill', kind: 'Person', url: pages.url('/authors/mara') }],
    datePublished: '2026-03-14T08:30:00+01:00',
  });
});
