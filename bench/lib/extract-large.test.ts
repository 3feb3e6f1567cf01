// Lead finding F-lead-1 (session 13): one large page that times out must not lose the others.
import { describe, expect, it } from 'vitest';
import type { CaseRun } from './extract-page';
import { extractLargePages } from './extract-large';

const measured = (coldCpuMs: number): CaseRun => ({
  meta: { wordCount: 1200 } as CaseRun['meta'],
  times: [coldCpuMs * 2, 1],
  loadCpuMs: 2,
  loadWallMs: 50,
  coldCpuMs,
  warmCpuMs: 1.5,
  blocked: 0,
});

describe('extractLargePages', () => {
  it('records a page that times out with its reason, and measures the pages after it', async () => {
    const seen: number[] = [];
    const rows = await extractLargePages(
      [50_000, 95_000, 150_000],
      (_url, body) => {
        const elements = (body.toString().match(/<section/g) ?? []).length;
        seen.push(elements);
        return seen.length === 2
          ? Promise.reject(new Error('page.goto: Timeout 30000ms exceeded.'))
          : Promise.resolve(measured(seen.length * 100));
      },
      () => undefined,
    );
    expect(seen).toHaveLength(3);
    expect(rows).toEqual([
      { elements: 50_000, coldCpuMs: 100, coldWallMs: 200, warmCpuMs: 1.5, wordCount: 1200 },
      { elements: 95_000, error: 'Error: page.goto: Timeout 30000ms exceeded.' },
      { elements: 150_000, coldCpuMs: 300, coldWallMs: 600, warmCpuMs: 1.5, wordCount: 1200 },
    ]);
  });

  it('records a size the generator refuses instead of throwing', async () => {
    const rows = await extractLargePages(
      [5],
      () => Promise.resolve(measured(1)),
      () => undefined,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ elements: 5 });
    expect(rows[0] && 'error' in rows[0] ? rows[0].error : '').toMatch(/^RangeError/);
  });
});
