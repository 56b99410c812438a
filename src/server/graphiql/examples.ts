/**
 * The example operations in schema/operations/: one operation per `<Name>.graphql` file, whose
 * leading `#` lines say what it asks, with the variables it runs with in an optional sibling
 * `<Name>.variables.json`. GraphiQL opens them as ready-to-run tabs, and the operations test runs
 * them against the seeded database, so both read them here, the same way.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { config } from "../../config";

export const OPERATIONS_DIR = resolve(config.root, "schema/operations");

export interface ExampleOperation {
  /** The file's name without `.graphql`, which is also the operation's name. */
  name: string;
  /** What it asks: the leading `#` comment lines, without the `#`. */
  description: string;
  /** The whole file, comment included, as a journalist sees it in the editor. */
  document: string;
  /** The variables it runs with ({} when the file has no sibling .variables.json). */
  variables: Record<string, unknown>;
  /** Where its variables live (whether or not that file exists yet). */
  variablesFile: string;
}

export function loadExampleOperations(dir: string = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => loadExample(join(dir, file)));
}

function loadExample(file: string): ExampleOperation {
  const document = readFileSync(file, "utf8");
  const variablesFile = file.replace(/\.graphql$/, ".variables.json");
  return {
    name: basename(file, ".graphql"),
    description: leadingComment(document),
    document,
    variables: existsSync(variablesFile) ? readVariables(variablesFile) : {},
    variablesFile,
  };
}

function leadingComment(document: string): string {
  const lines: string[] = [];
  for (const line of document.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, "").trim());
  }
  return lines.join(" ");
}

function readVariables(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} must hold a JSON object of variables`);
  }
  return parsed as Record<string, unknown>;
}
