/**
 * Test helpers: build a database from a seeds folder into a temporary file, serve it on a
 * free port, and query it over HTTP as a client would.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { Client } from "pg";
import { inject } from "vitest";
import { rebuildDatabase } from "../../src/db/rebuild";
import { startApp, type RunningApp } from "../../src/server/app";

export const REPO_ROOT = resolve(__dirname, "../..");
export const SEEDS_DIR = process.env.TEST_SEEDS_DIR ?? join(REPO_ROOT, "seeds");

export function temporaryFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "endurance-graph-")), name);
}

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  extensions?: { cost?: { sqlStatements: number } };
  headers: Headers;
}

export interface TestApp extends RunningApp {
  query<Data = any, Variables = Record<string, unknown>>(
    document: string | TypedDocumentNode<Data, Variables>,
    variables?: Variables,
  ): Promise<GraphQLResponse<Data>>;
}

/** The engine this test run uses ("sqlite" or "postgres": the vitest project sets TEST_ENGINE). */
export const TEST_ENGINE = process.env.TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

let databases = 0;

/**
 * Where a test builds a database of its own: a temporary SQLite file, or on PostgreSQL a new,
 * empty database on the run's server (its postgres:// URL).
 */
export async function temporaryDatabase(): Promise<string> {
  if (TEST_ENGINE === "sqlite") return temporaryFile("graph.sqlite");
  const server = inject("postgresUrl");
  const name = `test_${process.pid}_${++databases}`;
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return server.replace(/\/[^/]*$/, `/${name}`);
}

/** Build `seedsDir` (the real seeds by default) and serve it on a free port. */
export async function startTestApp(seedsDir = SEEDS_DIR): Promise<TestApp> {
  const databaseFile = await temporaryDatabase();
  await rebuildDatabase(seedsDir, databaseFile);
  const app = await startApp({ databaseFile, port: 0, host: "127.0.0.1" });
  return {
    ...app,
    async query(document, variables) {
      const query = typeof document === "string" ? document : print(document);
      const response = await fetch(app.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<any>, "status" | "headers">;
      return { ...body, status: response.status, headers: response.headers };
    },
  };
}

/** The data of a response that must have no errors (the errors are shown when it has). */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors && response.errors.length > 0) {
    throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data as Data;
}
