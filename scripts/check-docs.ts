// `npm run check:docs`: every exported function, type and constant of the TypeScript sources, and
// every public method of an exported class (tests and src/**/testing/ helpers aside), has a JSDoc
// comment (scripts/docs/undocumented.ts).
// Lists each one without, as file:line name, and exits 1 if there is any.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { undocumentedExports } from './docs/undocumented';

const ROOTS = ['src', 'bench', 'e2e', 'harness', 'relay', 'sandbox', 'scripts'];

const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', ...ROOTS],
  {
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter(
    (file) =>
      file.endsWith('.ts') &&
      !file.endsWith('.d.ts') &&
      !file.endsWith('.test.ts') &&
      !file.includes('/testing/'),
  );

let missing = 0;
for (const file of files) {
  for (const { line, name } of undocumentedExports(file, readFileSync(file, 'utf8'))) {
    console.log(`${file}:${String(line)} ${name}`);
    missing++;
  }
}
console.log(
  missing === 0
    ? `check:docs: ${String(files.length)} files, every export documented`
    : `check:docs: ${String(missing)} exports without a docstring`,
);
process.exitCode = missing === 0 ? 0 : 1;
