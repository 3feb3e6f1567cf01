import { describe, expect, it } from 'vitest';
import { viewerNews } from './viewer-news';

const PDF = 'https://papers.example/paper.pdf';

describe('viewerNews', () => {
  it.each([
    ['the tab closed', undefined, 'gone'],
    ['another address', { url: 'https://papers.example/other.pdf', active: true }, 'left'],
    ['no address to compare (no access)', { active: true }, 'left'],
    ['the same PDF, the active tab', { url: PDF, active: true }, 'shown'],
    ['the same PDF at another page (#page=4)', { url: `${PDF}#page=4`, active: true }, 'shown'],
    ['the same PDF behind another tab', { url: PDF, active: false }, 'hidden'],
  ] as const)('%s: %s', (_, tab, news) => {
    expect(viewerNews({ url: PDF }, tab)).toBe(news);
  });
});
