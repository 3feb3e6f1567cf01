import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { editedTexts } from './edit-patch';

const ARTICLE = '<article><p id="a">One <b>two</b> three.</p><p id="b">Four.</p></article>';

function pick(doc: Document, selector: string): Element {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

/** The records a MutationObserver reports for `edit` on a small article (jsdom's observer). */
async function recordsOf(edit: (doc: Document) => void): Promise<MutationRecord[]> {
  const { window } = new JSDOM(ARTICLE);
  const doc = window.document;
  const records: MutationRecord[] = [];
  const observer = new window.MutationObserver((batch) => records.push(...batch));
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  edit(doc);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

const tagOf = (node: Node) =>
  node.nodeType === 1 ? (node as Element).tagName : node.parentElement?.tagName;

describe('editedTexts', () => {
  it.each<[string, (doc: Document) => void, string]>([
    [
      'a text node edited',
      (doc) => {
        const text = pick(doc, 'b').firstChild;
        if (text) text.nodeValue = 'two and a half';
      },
      'B',
    ],
    [
      'text set on a block of text only',
      (doc) => {
        pick(doc, '#b').textContent = 'Five.';
      },
      'P',
    ],
    [
      'a text node added',
      (doc) => {
        pick(doc, '#a').append(' More.');
      },
      'P',
    ],
  ])('%s: the edited node, read later', async (_, edit, tag) => {
    expect(editedTexts(await recordsOf(edit))?.map(tagOf)).toEqual([tag]);
  });

  it.each<[string, (doc: Document) => void]>([
    [
      'a paragraph added',
      (doc) => {
        pick(doc, 'article').append(doc.createElement('p'));
      },
    ],
    [
      'text set on a block with markup (its <b> goes)',
      (doc) => {
        pick(doc, '#a').textContent = 'New.';
      },
    ],
    [
      'a block removed',
      (doc) => {
        pick(doc, '#a').remove();
      },
    ],
  ])('%s: the blocks themselves may have changed (undefined)', async (_, edit) => {
    expect(editedTexts(await recordsOf(edit))).toBeUndefined();
  });
});
