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
  /** The question it answers, as GraphiQL's list titles it. */
  question: string;
  /** What it asks: the leading `#` comment lines, without the `#`. */
  description: string;
  /** The whole file, comment included, as a journalist sees it in the editor. */
  document: string;
  /** The variables it runs with ({} when the file has no sibling .variables.json). */
  variables: Record<string, unknown>;
  /** Where its variables live (whether or not that file exists yet). */
  variablesFile: string;
}

/**
 * The examples a newcomer is likeliest to want first, each titled by the question it answers.
 * An example missing here still opens, after these, titled by its comment.
 */
export const EXAMPLE_QUESTIONS: [name: string, question: string][] = [
  ["SearchNames", "Is it in the graph, under any spelling?"],
  ["WhoRunsTheAsianLeMansSeries", "Who runs the Asian Le Mans Series, and since when?"],
  ["PersonRoles", "What roles has a person held, and when?"],
  ["HowAreTheyConnected", "How are two people or organisations connected?"],
  ["LeMans2024AutomaticEntries", "Who earned an automatic entry to Le Mans 2024?"],
  ["EndurancePyramid", "What did the endurance pyramid look like on a day?"],
  ["StatementsAsOf", "What was true of an entity on a given day?"],
  ["LeMansAutomaticEntriesKnownAt", "What did the sources say about Le Mans entries on a given day?"],
  ["TheNovember2021Agreement", "Who signed the 5 November 2021 agreement, and what does it concern?"],
  ["AsianLeMansSeriesRoutesToLeMans", "How can an Asian Le Mans Series result lead to Le Mans?"],
  ["GtwcEuropeProAmEligibility", "Would a GT World Challenge Europe Pro-Am title earn a Le Mans entry?"],
  ["GtwcEuropeCrewClasses", "Which classes may a Bronze–Silver–Gold crew enter?"],
  ["FindMentions", "Which people and series does a text name?"],
];

export function loadExampleOperations(dir: string = OPERATIONS_DIR): ExampleOperation[] {
  const rank = (name: string) => {
    const index = EXAMPLE_QUESTIONS.findIndex(([known]) => known === name);
    return index < 0 ? EXAMPLE_QUESTIONS.length : index;
  };
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => loadExample(join(dir, file)))
    .sort((a, b) => rank(a.name) - rank(b.name));
}

function loadExample(file: string): ExampleOperation {
  const document = readFileSync(file, "utf8");
  const variablesFile = file.replace(/\.graphql$/, ".variables.json");
  const name = basename(file, ".graphql");
  const description = leadingComment(document);
  return {
    name,
    question: EXAMPLE_QUESTIONS.find(([known]) => known === name)?.[1] ?? description,
    description,
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
