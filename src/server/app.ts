/**
 * The API: Apollo Server over our own node:http handler, so the same server can add
 * routes (GraphiQL, exports, health) and HTTP caching without another framework.
 */
import "reflect-metadata";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import { openDataSource } from "../db/data-source";
import { graphSchema } from "../graphql/schema";
import { createContext, type Context } from "../graphql/context";
import { formatError } from "./errors";
import { queryLimits } from "./query-limits";
import { sqlCountPlugin } from "./sql-count";

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
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), queryLimits(schema), sqlCountPlugin],
  });
  await apollo.start();
  const server = createServer((request, response) => {
    handle(request, response, apollo, dataSource).catch((error: unknown) => {
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, apollo: ApolloServer<Context>, dataSource: DataSource): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/") {
    response.writeHead(302, { location: "/graphql" }).end();
    return;
  }
  if (url.pathname !== "/graphql") {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Nothing at ${url.pathname}. The API is at /graphql.\n`);
    return;
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: request.method ?? "GET",
    headers: headerMap(request),
    search: url.search,
    body: request.method === "POST" ? await readJsonBody(request) : undefined,
  };
  const result = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => createContext(dataSource) });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

const MAX_BODY_BYTES = 1_000_000;

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // Apollo answers a non-JSON body with a 400 that says so.
  }
}
