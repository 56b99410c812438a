/**
 * Pages are rendered from GraphQL operations kept as .graphql files beside this module, run
 * in-process against the same Apollo server as /graphql. A page therefore shows exactly what the
 * API answers, its "open in GraphiQL" link shows the query behind it, and the pages depend on the
 * schema only, not on how resolvers or the database are organised.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GraphQLFormattedError } from "graphql";
import { createContext } from "../../graphql/context";
import type { AppServices } from "../services";

export const PAGE_OPERATIONS_DIR = join(__dirname, "operations");

const documents = new Map<string, string>();

/** The text of operations/<name>.graphql, with the fragments it uses (<Fragment>.fragment.graphql), read once. */
export function pageOperation(name: string): string {
  let document = documents.get(name);
  if (document === undefined) {
    document = readOperation(`${name}.graphql`);
    for (const [, fragment] of document.matchAll(/\.\.\.(\w+)/g)) {
      if (!document.includes(`fragment ${fragment} `)) document += `\n${readOperation(`${fragment}.fragment.graphql`)}`;
    }
    documents.set(name, document);
  }
  return document;
}

function readOperation(file: string): string {
  return readFileSync(join(PAGE_OPERATIONS_DIR, file), "utf8");
}

export interface OperationResult<Data> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

export async function runPageOperation<Data = any>(
  app: AppServices,
  name: string,
  variables: Record<string, unknown>,
): Promise<OperationResult<Data>> {
  const response = await app.apollo.executeOperation(
    { query: pageOperation(name), variables: withoutEmpty(variables) },
    { contextValue: createContext(app.dataSource) },
  );
  if (response.body.kind !== "single") throw new Error(`${name} answered incrementally`);
  return response.body.singleResult as OperationResult<Data>;
}

/** A parameter left empty in a form (?asOf=) means "not given", not an empty date. */
function withoutEmpty(variables: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== undefined && value !== null && value !== ""));
}

/** A link that opens the operation, with these variables, in GraphiQL. */
export function graphiqlLink(name: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: pageOperation(name) });
  const given = withoutEmpty(variables);
  if (Object.keys(given).length > 0) params.set("variables", JSON.stringify(given));
  return `/graphql?${params}`;
}
