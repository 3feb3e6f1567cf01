import { describe, expect, it } from 'vitest';
import { documentTitleOfTab } from './tab-title';

describe('documentTitleOfTab', () => {
  it.each([
    // Measured in Firefox ESR 153 (pdf.js), the shared case pdf-in-viewer served at two addresses.
    [
      'pdf.js: the title, then the file name from the address',
      'Field Notes on Measuring Reading Time - paper.pdf',
      'https://papers.example/pdf-in-viewer/paper.pdf',
      'Field Notes on Measuring Reading Time',
    ],
    [
      'pdf.js: the last path segment when no segment ends in .pdf',
      'Field Notes on Measuring Reading Time - doc',
      'https://papers.example/doc?id=7',
      'Field Notes on Measuring Reading Time',
    ],
    [
      'pdf.js: the Content-Disposition name (a *.pdf) for a download address',
      'Annual Report 2025 - report-2025.pdf',
      'https://bank.example/download?id=42',
      'Annual Report 2025',
    ],
    [
      'pdf.js: an escaped file name, decoded',
      'Tides - tide tables.pdf',
      'https://papers.example/tide%20tables.pdf',
      'Tides',
    ],
    [
      'a title with a dash of its own is cut at the last one only',
      'Lag - Why Tides Trail the Moon - tides.pdf',
      'https://papers.example/tides.pdf',
      'Lag - Why Tides Trail the Moon',
    ],
    [
      'Chromium: the PDF’s title as it is',
      'Field Notes on Measuring Reading Time',
      'https://papers.example/paper.pdf',
      'Field Notes on Measuring Reading Time',
    ],
    [
      'a dash that names no file is the title’s',
      'Tides - A Primer',
      'https://papers.example/paper.pdf',
      'Tides - A Primer',
    ],
    [
      'no title in the PDF: the file name',
      'paper.pdf',
      'https://papers.example/paper.pdf',
      'paper.pdf',
    ],
  ])('%s', (_, title, url, expected) => {
    expect(documentTitleOfTab(title, url)).toBe(expected);
  });

  it('names nothing while pdf.js loads, or for an empty title', () => {
    expect(documentTitleOfTab('PDF.js viewer', 'https://papers.example/a.pdf')).toBeUndefined();
    expect(documentTitleOfTab('  ', 'https://papers.example/a.pdf')).toBeUndefined();
  });
});
