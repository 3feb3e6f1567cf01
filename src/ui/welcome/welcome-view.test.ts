// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCatalog } from '../../i18n/testing';
import {
  openReadingList,
  recordingStateOf,
  showPinHint,
  showRecording,
  type OpenActionDeps,
} from './welcome-view';

// The welcome page's pin hint, main button and recording line, with the browser and worker faked.

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pin hint', () => {
  it.each([
    ['chrome', /the pin beside Reading Timeline/, /Edge|Firefox|eye|gear/],
    ['edge', /the eye beside Reading Timeline/, /Chrome|Firefox|the pin|gear/],
    ['firefox', /the gear beside Reading Timeline and Pin to Toolbar/, /Chrome|Edge|the pin|eye/],
  ] as const)('in %s names its own steps only', (family, own, others) => {
    useCatalog('en');
    const hint = document.createElement('p');
    showPinHint(hint, family);
    expect(hint.textContent).toMatch(own);
    expect(hint.textContent).not.toMatch(others);
    expect(hint.dataset.browser).toBe(family);
  });

  it('speaks German in a German browser', () => {
    useCatalog('de');
    const hint = document.createElement('p');
    showPinHint(hint, 'firefox');
    expect(hint.textContent).toMatch(/„An Symbolleiste anheften“/);
  });
});

describe('Open Reading Timeline', () => {
  const deps = (openPopup: OpenActionDeps['openPopup'], calls: string[]): OpenActionDeps => ({
    openPopup: () => {
      calls.push('popup');
      return openPopup();
    },
    openHistory: () => {
      calls.push('history');
      return Promise.resolve();
    },
  });

  it('opens the toolbar popup', async () => {
    const calls: string[] = [];
    expect(await openReadingList(deps(() => Promise.resolve(), calls))).toBe('popup');
    expect(calls).toEqual(['popup']);
  });

  it('opens the history page where the browser refuses the popup (Chrome before 127)', async () => {
    const calls: string[] = [];
    const refused = () => Promise.reject(new Error('openPopup is not available'));
    expect(await openReadingList(deps(refused, calls))).toBe('history');
    expect(calls).toEqual(['popup', 'history']);
  });

  it('opens the history page where openPopup does not exist at all', async () => {
    const calls: string[] = [];
    const missing = (): Promise<void> => {
      throw new TypeError('browser.action.openPopup is not a function');
    };
    expect(await openReadingList(deps(missing, calls))).toBe('history');
  });

  it('asks for the popup before awaiting anything (Firefox needs the click still running)', () => {
    const calls: string[] = [];
    void openReadingList(deps(() => new Promise(() => undefined), calls));
    expect(calls).toEqual(['popup']);
  });
});

describe('the recording line', () => {
  const parts = () => ({
    card: document.createElement('section'),
    heading: document.createElement('span'),
    text: document.createElement('p'),
    allow: Object.assign(document.createElement('p'), { hidden: true }),
  });

  it('says it is recording, and how to pause and leave a site out', () => {
    useCatalog('en');
    const line = parts();
    showRecording(line, recordingStateOf(false, 'all'));
    expect(line.card.dataset.state).toBe('recording');
    expect(line.heading.textContent).toBe('It is already recording');
    expect(line.text.textContent).toMatch(/Pause.*Don’t record/);
  });

  it('says so when paused, and how to resume', () => {
    useCatalog('de');
    const line = parts();
    showRecording(line, recordingStateOf(true, 'all'));
    expect(line.card.dataset.state).toBe('paused');
    expect(line.heading.textContent).toBe('Die Aufzeichnung ist pausiert');
    expect(line.text.textContent).toMatch(/„Fortsetzen“/);
    expect(line.allow.hidden).toBe(true);
  });

  it('says it needs access to websites (before any pause), with the Allow button', () => {
    useCatalog('en');
    const line = parts();
    showRecording(line, recordingStateOf(true, 'none'));
    expect(line.card.dataset.state).toBe('no-access');
    expect(line.heading.textContent).toBe('It needs your permission to record');
    expect(line.text.textContent).toMatch(/needs access to the websites you visit/);
    expect(line.allow.hidden).toBe(false);
  });

  it('says it records only some websites where the browser allows only some (German)', () => {
    useCatalog('de');
    const line = parts();
    showRecording(line, recordingStateOf(false, 'some'));
    expect(line.card.dataset.state).toBe('some-access');
    expect(line.heading.textContent).toBe('Die Aufzeichnung läuft nur auf einigen Websites');
    expect(line.allow.hidden).toBe(false);
    // Access granted again: back to recording, the button gone.
    showRecording(line, recordingStateOf(false, 'all'));
    expect(line.heading.textContent).toBe('Die Aufzeichnung läuft schon');
    expect(line.allow.hidden).toBe(true);
  });
});
