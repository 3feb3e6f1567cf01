// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import type { PageRecording } from '../../messaging/contract';
import { requireElement } from '../dom';
import { drawPageLine, excludedSitesAfter, mountPageLine, type PageLineActions } from './page-line';

vi.mock('../../messaging/client', () => ({ sendToWorker: vi.fn() }));

const MARKUP = readFileSync(join(__dirname, 'index.html'), 'utf8');

let box: HTMLElement;
beforeEach(() => {
  useCatalog('en');
  const parsed = new DOMParser().parseFromString(MARKUP, 'text/html');
  parsed.querySelector('script')?.remove();
  document.body.replaceWith(document.importNode(parsed.body, true));
  box = requireElement('#page-line', HTMLElement);
});

/** The line as a person sees it: its sentence and its button (absent when hidden). */
const seen = () => {
  const button = box.querySelector('button');
  return {
    shown: !box.hidden,
    text: box.querySelector('.page-why')?.textContent ?? '',
    button: button && !button.hidden ? button.textContent : null,
  };
};

describe('the line about the page in front', () => {
  it.each<[string, PageRecording, ReturnType<typeof seen>]>([
    [
      'recorded: says so, with a quiet way to stop',
      { kind: 'recorded', site: 'example.com' },
      { shown: true, text: 'This page is recorded', button: 'Don’t record example.com' },
    ],
    [
      'excluded: why, and the way back',
      { kind: 'excluded', site: 'example.com', entries: ['example.com'] },
      {
        shown: true,
        text: 'example.com is not recorded (excluded in your settings)',
        button: 'Record example.com',
      },
    ],
    [
      'a sign-in page: why, and nothing to press',
      { kind: 'never-recorded', site: 'live.com' },
      { shown: true, text: 'Sign-in pages are never recorded', button: null },
    ],
    // Excluding a site outlasts the pause: the button stays.
    [
      'paused: why, and the way to stop for good',
      { kind: 'paused', site: 'example.com' },
      { shown: true, text: 'Not recorded while paused', button: 'Don’t record example.com' },
    ],
    [
      'a browser page (chrome://version): why, and nothing to press',
      { kind: 'not-web', page: 'browser' },
      { shown: true, text: 'Not recorded: extensions cannot read browser pages', button: null },
    ],
    [
      'a private window',
      { kind: 'not-web', page: 'private' },
      { shown: true, text: 'Private windows are never recorded', button: null },
    ],
    [
      'a file',
      { kind: 'not-web', page: 'file' },
      { shown: true, text: 'Files on this computer are not recorded', button: null },
    ],
    [
      'an extension’s page',
      { kind: 'not-web', page: 'extension' },
      { shown: true, text: 'Extension pages are not recorded', button: null },
    ],
    [
      'a data: page',
      { kind: 'not-web', page: 'other' },
      { shown: true, text: 'Only web pages (http and https) are recorded', button: null },
    ],
    ['no page in front: nothing', { kind: 'not-web' }, { shown: false, text: '', button: null }],
    // The popup open as a tab of its own: "This page" would be the popup.
    [
      'the tab before the popup’s own, recorded: named by its site',
      { kind: 'recorded', site: 'example.com', lastTab: true },
      {
        shown: true,
        text: 'Your previous tab (example.com) is recorded',
        button: 'Don’t record example.com',
      },
    ],
    [
      'the tab before the popup’s own, a sign-in page: nothing',
      { kind: 'never-recorded', site: 'live.com', lastTab: true },
      { shown: false, text: '', button: null },
    ],
  ])('%s', (_case, answer, expected) => {
    drawPageLine(box, answer, false);
    expect(seen()).toEqual(expected);
  });

  it('keeps its height when it has nothing to say after the rows are drawn (no row moves)', () => {
    const before = box.getAttribute('style');
    drawPageLine(box, { kind: 'not-web' }, true);
    expect(seen()).toEqual({ shown: true, text: '', button: null });
    expect(box.classList.contains('empty')).toBe(true);
    expect(box.getAttribute('style')).toBe(before);
  });

  it('puts a site name in as text, never as markup', () => {
    drawPageLine(box, { kind: 'excluded', site: '<img src=x>', entries: [] }, false);
    expect(box.querySelector('img')).toBeNull();
    expect(seen().text).toBe('<img src=x> is not recorded (excluded in your settings)');
  });

  it('speaks German', () => {
    useCatalog('de');
    drawPageLine(box, { kind: 'recorded', site: 'example.com' }, false);
    expect(seen()).toEqual({
      shown: true,
      text: 'Diese Seite wird aufgezeichnet',
      button: 'example.com nicht aufzeichnen',
    });
    drawPageLine(box, { kind: 'not-web', page: 'browser' }, false);
    expect(seen().text).toBe('Nicht aufgezeichnet: Erweiterungen können Browserseiten nicht lesen');
    drawPageLine(box, { kind: 'recorded', site: 'example.com', lastTab: true }, false);
    expect(seen().text).toBe('Dein vorheriger Tab (example.com) wird aufgezeichnet');
    drawPageLine(box, { kind: 'excluded', site: 'example.com', entries: ['example.com'] }, false);
    expect(seen()).toEqual({
      shown: true,
      text: 'example.com wird nicht aufgezeichnet (in den Einstellungen ausgeschlossen)',
      button: 'example.com aufzeichnen',
    });
  });
});

describe('excludedSitesAfter', () => {
  it.each<[string, string[], PageRecording, string[]]>([
    [
      'Don’t record adds the site',
      ['a.test'],
      { kind: 'recorded', site: 'b.test' },
      ['a.test', 'b.test'],
    ],
    ['never twice', ['b.test'], { kind: 'recorded', site: 'b.test' }, ['b.test']],
    [
      'Record takes every covering entry off, and only those',
      ['a.test', 'b.test', 'news.b.test'],
      { kind: 'excluded', site: 'b.test', entries: ['b.test', 'news.b.test'] },
      ['a.test'],
    ],
  ])('%s', (_case, current, answer, expected) => {
    expect(excludedSitesAfter(current, answer)).toEqual(expected);
  });
});

describe('pressing the line’s button', () => {
  it('excludes the site, says so, and undoes it from the same focused button', async () => {
    let sites = ['other.test'];
    const answer = (): PageRecording =>
      sites.includes('example.com')
        ? { kind: 'excluded', site: 'example.com', entries: ['example.com'] }
        : { kind: 'recorded', site: 'example.com' };
    const actions: PageLineActions = {
      ask: () => Promise.resolve(answer()),
      excludedSites: () => Promise.resolve(sites),
      saveExcludedSites: (next) => Promise.resolve(void (sites = next)),
    };
    mountPageLine(
      box,
      actions.ask(),
      () => true,
      () => undefined,
      actions,
    );
    const button = requireElement('#page-line button', HTMLButtonElement);
    await vi.waitFor(() => {
      expect(seen().button).toBe('Don’t record example.com');
    });
    button.focus();
    button.click();
    await vi.waitFor(() => {
      expect(seen().text).toBe('example.com is not recorded (excluded in your settings)');
    });
    expect(sites).toEqual(['other.test', 'example.com']);
    expect(seen().button).toBe('Record example.com');
    expect(document.activeElement).toBe(button);
    button.click();
    await vi.waitFor(() => {
      expect(seen()).toEqual({
        shown: true,
        text: 'This page is recorded',
        button: 'Don’t record example.com',
      });
    });
    expect(sites).toEqual(['other.test']);
  });

  it('announces a failure and leaves the line as it was', async () => {
    const announced: string[] = [];
    const actions: PageLineActions = {
      ask: () => Promise.resolve({ kind: 'recorded', site: 'example.com' }),
      excludedSites: () => Promise.reject(new Error('The background worker did not answer.')),
      saveExcludedSites: () => Promise.resolve(),
    };
    mountPageLine(
      box,
      actions.ask(),
      () => true,
      (m) => announced.push(m),
      actions,
    );
    await vi.waitFor(() => {
      expect(seen().button).toBe('Don’t record example.com');
    });
    requireElement('#page-line button', HTMLButtonElement).click();
    await vi.waitFor(() => {
      expect(announced).toEqual([
        'Could not change the excluded sites: The background worker did not answer.',
      ]);
    });
    expect(seen().button).toBe('Don’t record example.com');
  });
});
