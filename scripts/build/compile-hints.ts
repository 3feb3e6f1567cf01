// V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints, Chrome ≥ 136): a file
// that begins with `//# allFunctionsCalledOnLoad` has every function compiled as the script
// loads, on the thread that streams a script loaded by URL, not lazily on the main thread at its
// first call. The offscreen document's chunk is the extractor, and the document exists to run it:
// without the hint its first read compiled ~190 functions on the main thread (about 4 ms of a
// 6 ms cold extraction, issue #14). Other engines read it as a comment; the Firefox build has no
// offscreen chunk, so it is unchanged.
import type { Plugin } from 'vite';

/** The magic comment; it must be the chunk's first line. */
export const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad';

/** Chunks (by their entry name in the build's input) whose functions all run when they load. */
export const EAGER_CHUNKS: readonly string[] = ['offscreen'];

/**
 * The first line of an output chunk: the hint for an entry chunk named in `eager`, else nothing
 * (most of the extension's code runs later or never, and compiling all of it up front would cost
 * every page that loads it).
 */
export function chunkBanner(
  chunk: { name: string; isEntry: boolean },
  eager: readonly string[] = EAGER_CHUNKS,
): string {
  return chunk.isEntry && eager.includes(chunk.name) ? ALL_FUNCTIONS_CALLED_ON_LOAD : '';
}

/**
 * Vite plugin: puts the hint on each chunk chunkBanner names and on every chunk those import
 * statically (the extractor's shared helpers, text.ts among them, are a chunk of their own that
 * the first read runs too; review F-cold-1), once minified (minifying drops comments; Rolldown's
 * `postBanner` would also add an empty line to every other chunk).
 */
export function compileHints(eager: readonly string[] = EAGER_CHUNKS): Plugin {
  return {
    name: 'reading-timeline:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file] as const] : [],
        ),
      );
      const hinted = new Set<string>();
      const visit = (fileName: string): void => {
        const chunk = chunks.get(fileName);
        if (chunk === undefined || hinted.has(fileName)) return;
        hinted.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values())
        if (chunkBanner(chunk, eager) !== '') visit(chunk.fileName);
      for (const fileName of hinted) {
        const chunk = chunks.get(fileName);
        if (chunk !== undefined) chunk.code = `${ALL_FUNCTIONS_CALLED_ON_LOAD}\n${chunk.code}`;
      }
    },
  };
}
