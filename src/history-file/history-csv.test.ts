import { describe, expect, it } from 'vitest';
import { collect, entriesOf, makeStore } from './testing/history-fixture';
import { csvField, writeHistoryCsv } from './writers';

/** A strict RFC 4180 reader, only for checking the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('history CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("https://evil.example")', `"'=HYPERLINK(""https://evil.example"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('field %j is written as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes one row per engagement with its page fields, formulas neutralised', async () => {
    const store = makeStore(20);
    const text = (await collect(writeHistoryCsv({ entries: entriesOf(store) }))).join('');
    expect(text.startsWith('\uFEFFstartedDateTime,lastActiveDateTime,activeSeconds')).toBe(true);
    const rows = readCsv(text.slice(1));
    const [head, ...body] = rows;
    expect(body).toHaveLength(store.items.length);
    expect(rows.every((r) => r.length === head?.length)).toBe(true);
    const first = store.items[0];
    const row = body[0];
    if (first === undefined || row === undefined || head === undefined) throw new Error('fixture');
    const cell = (name: string) => row[head.indexOf(name)];
    expect(cell('historyItemId')).toBe(first.id);
    expect(cell('activeSeconds')).toBe(String(first.activeMs / 1000));
    expect(cell('startedDateTime')).toBe(new Date(first.startedAt).toISOString());
    const titles = body.map((r) => r[head.indexOf('title')] ?? '');
    expect(titles.some((t) => t.startsWith(`'=HYPERLINK("https://evil.example","Click") "`))).toBe(
      true,
    );
    expect(titles.every((t) => !/^[=+\-@]/.test(t))).toBe(true);
  });
});
