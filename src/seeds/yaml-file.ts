/**
 * Read one YAML seed file keeping line numbers, so every problem found later
 * (a bad shape, a dangling reference) can say "file:line".
 */
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { SeedProblem } from "./problems";

export type DataPath = ReadonlyArray<string | number>;

export interface YamlFile {
  /** Path as shown to people (relative to the seeds folder's parent). */
  file: string;
  data: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: DataPath): number;
}

export function readYamlFile(absolutePath: string, shownPath: string): YamlFile | SeedProblem[] {
  const text = readFileSync(absolutePath, "utf8");
  const lineCounter = new LineCounter();
  // The core schema keeps 2021-11-05 a string rather than turning it into a Date.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file: shownPath,
      line: error.linePos?.[0].line ?? 1,
      message: `YAML syntax: ${error.message.split("\n")[0]}`,
    }));
  }
  return {
    file: shownPath,
    data: document.toJS({ maxAliasCount: 100 }),
    lineOf: (path) => lineOfPath(document, lineCounter, path),
  };
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: DataPath): number {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
