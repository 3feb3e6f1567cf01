import { describe, expect, it } from 'vitest';
import { isPdfJsTab, isScriptingForbidden, PDFJS_TAB_ICON } from './pdfjs-tab';

const PDF = 'https://papers.example/paper.pdf';

describe('isScriptingForbidden', () => {
  it.each([
    [
      'pdf.js or a restricted domain (Firefox)',
      new Error('Missing host permission for the tab'),
      true,
    ],
    ['all frames asked', new Error('Missing host permission for the tab or frames'), true],
    ['as a string', 'Missing host permission for the tab', true],
    ['a tab gone', new Error('No tab with id: 7'), false],
    ['a document navigating', new Error('Frame not found, or missing host permission'), false],
    ['Chromium, a browser page', new Error('Cannot access a chrome:// URL'), false],
  ])('%s', (_, error, forbidden) => {
    expect(isScriptingForbidden(error)).toBe(forbidden);
  });
});

describe('isPdfJsTab', () => {
  const pdfjs = { url: PDF, favIconUrl: PDFJS_TAB_ICON, incognito: false };

  it('is a tab at the route with pdf.js’s icon', () => {
    expect(isPdfJsTab(pdfjs, PDF)).toBe(true);
    // A fragment (#page=3) is the same route.
    expect(isPdfJsTab({ ...pdfjs, url: `${PDF}#page=3` }, PDF)).toBe(true);
  });

  const FILE = 'file:///home/me/paper.pdf';
  it.each([
    ['a restricted domain (no icon)', { ...pdfjs, favIconUrl: undefined }, PDF],
    ['a site’s own icon', { ...pdfjs, favIconUrl: 'https://papers.example/favicon.ico' }, PDF],
    ['another address since the order', { ...pdfjs, url: 'https://papers.example/next.pdf' }, PDF],
    ['a private window', { ...pdfjs, incognito: true }, PDF],
    ['a file: PDF', { ...pdfjs, url: FILE }, FILE],
    ['no address (no access)', { favIconUrl: PDFJS_TAB_ICON }, PDF],
  ])('is not %s', (_, tab, route) => {
    expect(isPdfJsTab(tab, route)).toBe(false);
  });
});
