// `npm run check:cycles`: no import cycle in src/, between files or between folders, type-only
// imports included. Files come from madge's dependency graph (`madge --json`); a folder is the
// first directory under src/ (`src/store/db.ts` → `store`), so `store` importing `sync` while
// `sync` imports `store` is a cycle even when no two files import each other. Tests count for
// file cycles but not for folder ones: a test may drive the code of a folder above its own (an
// extractor-to-card test in activity/ runs content/extract), which no product import does.
import { execFileSync } from 'node:child_process';

type Graph = Record<string, string[]>;

const raw = execFileSync(
  'npx',
  ['madge', '--json', '--extensions', 'ts', '--ts-config', 'tsconfig.json', 'src'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const files = JSON.parse(raw) as Graph;

/** Strongly connected components with more than one node, or a node importing itself (Tarjan). */
function cycles(graph: Graph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph[node] ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, indices.get(next) ?? 0));
      }
    }
    if (low.get(node) !== indices.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph[node] ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of Object.keys(graph)) if (!indices.has(node)) visit(node);
  return found;
}

const inSrc = (path: string) => !path.startsWith('../');
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');

const srcFiles: Graph = Object.fromEntries(
  Object.entries(files)
    .filter(([file]) => inSrc(file))
    .map(([file, deps]) => [file, deps.filter(inSrc)]),
);
const isTest = (path: string) => /\.test\.ts$/.test(path);
const folders: Graph = {};
for (const [file, deps] of Object.entries(srcFiles).filter(([f]) => !isTest(f))) {
  const from = folderOf(file);
  const targets = new Set([...(folders[from] ?? []), ...deps.map(folderOf)]);
  targets.delete(from);
  folders[from] = [...targets];
}

const fileCycles = cycles(srcFiles);
const folderCycles = cycles(folders);
for (const cycle of fileCycles) console.error(`file cycle: ${cycle.join(' ↔ ')}`);
for (const cycle of folderCycles) {
  const edges = cycle.flatMap((from) =>
    Object.entries(srcFiles)
      .filter(([file]) => folderOf(file) === from && !isTest(file))
      .flatMap(([file, deps]) =>
        deps
          .filter((d) => folderOf(d) !== from && cycle.includes(folderOf(d)))
          .map((d) => `${file} → ${d}`),
      ),
  );
  console.error(`folder cycle: ${cycle.join(' ↔ ')}\n  ${edges.join('\n  ')}`);
}
const count = Object.keys(srcFiles).length;
if (fileCycles.length + folderCycles.length > 0) process.exit(1);
console.log(`check:cycles: ${String(count)} files in src/, no cycle between files or folders`);
