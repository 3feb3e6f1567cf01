import { describe, expect, it } from 'vitest';
import { undocumentedExports } from './undocumented';

describe('undocumentedExports', () => {
  it('names each exported declaration without a JSDoc comment, with its line', () => {
    const text = [
      '/** Documented. */',
      'export function a(): void {}',
      '// A line comment is not a docstring.',
      'export const b = 1, c = 2;',
      'export interface D {}',
      '/* Nor is a block comment. */',
      'export type E = string;',
      'export class F {',
      '  /** Documented. */',
      '  run(): void {}',
      '  get size(): number { return 0; }',
      '  private hidden(): void {}',
      '  #own(): void {}',
      '}',
      'function notExported(): void {}',
      "export { a as g } from './x';",
    ].join('\n');
    expect(undocumentedExports('x.ts', text)).toEqual([
      { line: 4, name: 'b, c' },
      { line: 5, name: 'D' },
      { line: 7, name: 'E' },
      { line: 8, name: 'F' },
      { line: 11, name: 'F.size' },
    ]);
  });

  it('finds nothing in a file whose exports are all documented', () => {
    const text = '/** One. */\nexport const one = 1;\n/**\n * Two.\n */\nexport enum Two {}\n';
    expect(undocumentedExports('y.ts', text)).toEqual([]);
  });
});
