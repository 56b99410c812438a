/**
 * Read one YAML seed file keeping positions, so every problem found later (a bad shape, a
 * dangling reference) can say "file:line:column". A file that is not clean UTF-8 text, holds a
 * NUL, has a YAML syntax error or an alias bomb is refused here, at its own position.
 */
import { readFileSync } from "node:fs";
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type { SeedProblem } from "./problems";

export type DataPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
}

export interface YamlFile {
  /** Path as shown to people (relative to the seeds folder's parent). */
  file: string;
  data: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: DataPath): number;
  /** Line and column of the node at `path` (of its key, for a map entry), or of its nearest ancestor. */
  positionOf(path: DataPath): Position;
}

/** Aliases one file may expand: a few are handy, thousands are an attack (a "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

export function readYamlFile(absolutePath: string, shownPath: string): YamlFile | SeedProblem[] {
  const problem = (position: Position, message: string): SeedProblem[] => [{ file: shownPath, ...position, message }];
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return problem({ line: 1, column: 1 }, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    return problem(positionOfByte(bytes, invalid), `is not UTF-8 text: byte 0x${bytes[invalid].toString(16).padStart(2, "0")} at offset ${invalid} (save the file as UTF-8)`);
  }
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const nul = text.indexOf("\0");
  if (nul !== -1) return problem(positionInText(text, nul), "holds a NUL character (a binary file, or text saved as UTF-16?)");
  const lineCounter = new LineCounter();
  // The core schema keeps 2021-11-05 a string rather than turning it into a Date.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      file: shownPath,
      ...toPosition(lineCounter, error.pos[0]),
      message: `YAML syntax: ${error.message.split("\n")[0]}`,
    }));
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return problem({ line: 1, column: 1 }, `YAML aliases expand too far (${(error as Error).message}); at most ${MAX_ALIAS_COUNT} are allowed`);
  }
  return {
    file: shownPath,
    data,
    lineOf: (path) => positionOfPath(document, lineCounter, path).line,
    positionOf: (path) => positionOfPath(document, lineCounter, path),
  };
}

function toPosition(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

type Ranged = { range?: [number, number, number] | null };

/** A map entry is located at its key (where a person looks), anything else at its first character. */
function positionOfPath(document: Document, lineCounter: LineCounter, path: DataPath): Position {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const key = length > 0 ? keyNode(document, prefix) : undefined;
    const node = key ?? (document.getIn(prefix, true) as Ranged | undefined);
    if (node && node.range) return toPosition(lineCounter, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function keyNode(document: Document, path: DataPath): Ranged | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
  return pair && isScalar(pair.key) ? (pair.key as Ranged) : undefined;
}

function positionInText(text: string, offset: number): Position {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return { line: text.slice(0, offset).split("\n").length, column: offset - lineStart + 1 };
}

/** Line and column (1-based, in characters) of a byte offset. */
function positionOfByte(bytes: Buffer, offset: number): Position {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.filter((byte) => byte === 0x0a).length + 1;
  return { line, column: before.subarray(lineStart).toString("utf8").length + 1 };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1];
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f) || (byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}
