/**
 * vitest globalSetup of the "postgres" project: one real PostgreSQL server for the run (see
 * postgres.ts); each test app builds into a database of its own on it (test/support/app.ts).
 */
import type { TestProject } from "vitest/node" with { "resolution-mode": "import" };
import { startPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
