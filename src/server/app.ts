/**
 * The API: Apollo Server over our own node:http handler, so the same server can add
 * routes (GraphiQL, exports, health) and HTTP caching without another framework.
 */
import "reflect-metadata";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import { openDataSource } from "../db/connection";
import { graphSchema } from "../graphql/schema";
import type { Context } from "../graphql/context";
import { formatError } from "./errors";
import { graphiqlLandingPage } from "./graphiql/landing-page";
import { graphqlCaching } from "./http-cache";
import { queryLimits } from "./query-limits";
import { sqlCountPlugin } from "./sql-count";
import { ROUTES, type AppServices } from "./routes";

export interface RunningApp {
  url: string;
  server: Server;
  apollo: ApolloServer<Context>;
  dataSource: DataSource;
  stop(): Promise<void>;
}

export interface AppOptions {
  databaseFile: string;
  port?: number;
  host?: string;
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const dataSource = await openDataSource(options.databaseFile, { readonly: true });
  const schema = await graphSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    formatError,
    plugins: [ApolloServerPluginCacheControlDisabled(), graphiqlLandingPage({ endpoint: "/graphql" }), queryLimits(schema), sqlCountPlugin],
  });
  await apollo.start();
  const caching = await graphqlCaching(dataSource);
  const server = createServer((request, response) => {
    handle(request, response, { apollo, dataSource, caching }).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    apollo,
    dataSource,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, app: AppServices): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const route = ROUTES.find((candidate) => candidate.matches(url.pathname));
  if (!route) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Nothing at ${url.pathname}. The API is at /graphql.\n`);
    return;
  }
  await route.handle(request, response, url, app);
}


