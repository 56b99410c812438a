/**
 * In-process GraphQL for resolver cases: the schema executed directly over a database built from a
 * seeds folder, without an HTTP server (HTTP concerns — ETags, CSRF, exports — keep their HTTP tests).
 */
import { execute, parse, type ExecutionResult } from "graphql";
import type { DataSource } from "typeorm";
import { openDataSource } from "../../src/db/connection";
import { rebuildDatabase } from "../../src/db/rebuild";
import { createContext } from "../../src/graphql/context";
import { graphSchema } from "../../src/graphql/schema";
import { SEEDS_DIR, temporaryFile } from "./app";

export interface InProcessGraph {
  /** The data of `document`; throws with the errors when there are any. */
  run<Data = any>(document: string, variables?: Record<string, unknown>): Promise<Data>;
  /** The whole result, errors included. */
  execute(document: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Build `seedsDir` (the real seeds by default) into a temporary file and open it read-only. */
export async function openInProcessGraph(seedsDir = SEEDS_DIR): Promise<InProcessGraph> {
  const databaseFile = temporaryFile("graph.sqlite");
  await rebuildDatabase(seedsDir, databaseFile);
  const dataSource = await openDataSource(databaseFile, { readonly: true });
  const schema = await graphSchema();
  const executeDocument = async (document: string, variables: Record<string, unknown> = {}) =>
    (await execute({ schema, document: parse(document), variableValues: variables, contextValue: createContext(dataSource) })) as ExecutionResult;
  return {
    dataSource,
    execute: executeDocument,
    async run(document, variables) {
      const result = await executeDocument(document, variables);
      if (result.errors && result.errors.length > 0) throw new Error(JSON.stringify(result.errors.map((error) => error.message)));
      return result.data as never;
    },
    close: () => dataSource.destroy(),
  };
}
