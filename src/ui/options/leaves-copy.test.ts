// What the options page tells the user leaves their device, against what the README promises and
// what the "What is published" switches can send: every kind of data that can leave is named on
// the page, and nothing the page says is never sent can in fact be sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../i18n/testing';

const english = CATALOGS.en;
const message = (key: string): string => english[key]?.message ?? '';
const leaves = [
  'control_leaves_local',
  'control_leaves_graph',
  'control_leaves_devices',
  'control_leaves_relay',
  'control_leaves_never',
].map(message);
const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
const readmeLeaves = /### What leaves this device\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

describe('options: what leaves this device', () => {
  it('is the README section the page is said to match', () => {
    expect(readmeLeaves).toContain('The options page says the same.');
  });

  // [what can leave, how the README names it, how the page must name it]
  it.each([
    ['the resume quote', /few words quoted from where you stopped/, /few words quoted/],
    ['reads sent to a relay', /reads of the pages that relay lists go to it/, /relay/],
    ["this device's name", /this device's name/, /this device’s name/],
    ['markers of deleted pages', /activity ids and the time only/, /activity id and the time/],
  ])('names %s, as the README does', (_what, inReadme, onPage) => {
    expect(readmeLeaves).toMatch(inReadme);
    expect(leaves.join('\n')).toMatch(onPage);
  });

  it('never says page text is never sent: the resume quote is page text', () => {
    expect(message('control_leaves_never')).not.toMatch(/Never sent: page text/);
    expect(message('options_privacy_statement')).not.toMatch(/no other server/);
  });

  it('says what the relay gets and that nothing else goes to it, not that nothing leaves', () => {
    expect(message('org_intro')).not.toMatch(/leaves this browser/);
    expect(message('org_intro')).toMatch(/address/);
  });
});
