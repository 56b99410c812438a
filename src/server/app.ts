/**
 * The API: Apollo Server over our own node:http handler, so the same server can add
 * routes (GraphiQL, exports, health), HTTP caching, CORS, compression and request logs
 * without another framework.
 */
import "reflect-metadata";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { DataSource } from "typeorm";
import { openDataSource } from "../db/connection";
import { findMentions } from "../domain/mentions";
import { createContext, type Context } from "../graphql/context";
import { mentionIndexFor } from "../graphql/mentions/mention-index-cache";
import { MAX_MENTION_TEXT } from "../graphql/mentions/mentions.resolver";
import { graphSchema } from "../graphql/schema";
import { corsFromEnv } from "./cors";
import { formatError } from "./errors";
import { graphiqlLandingPage } from "./graphiql/landing-page";
import { markStopping } from "./health-route";
import { graphqlCaching } from "./http-cache";
import { logger } from "./logger";
import { LIMIT_RULES, LIMITS, queryLimits, stringifyResult, type ListCounts } from "./query-limits";
import { logRequest } from "./request-log";
import { ROUTES, type AppServices } from "./routes";
import { sqlCountPlugin } from "./sql-count";

export interface RunningApp {
  /** Where a client on this machine reaches the API. */
  url: string;
  /** The address the server listens on, as the operating system reports it ("0.0.0.0:4000"). */
  listening: string;
  server: Server;
  apollo: ApolloServer<Context>;
  dataSource: DataSource;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), closes the database. */
  stop(graceMs?: number): Promise<void>;
}

export interface AppOptions {
  databaseFile: string;
  port?: number;
  host?: string;
}

/** How long a shutdown waits for requests in flight before closing their connections. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const dataSource = await openDataSource(options.databaseFile, { readonly: true });
  const schema = await graphSchema();
  // Built now, so that pricing a `mentions` query never runs SQL; the database is read-only while served,
  // so the same index prices every request (no store is made per request just to find it again).
  const mentionIndex = await mentionIndexFor(createContext(dataSource), null);
  const counts: ListCounts = { mentions: (text) => (text.length > MAX_MENTION_TEXT ? 0 : findMentions(mentionIndex, text).length) }; // a longer text is refused by the resolver
  const listCounts = async (): Promise<ListCounts> => counts;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    formatError,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: LIMIT_RULES,
    stringifyResult,
    logger: apolloLogger,
    plugins: [ApolloServerPluginCacheControlDisabled(), graphiqlLandingPage({ endpoint: "/graphql" }), queryLimits(schema, listCounts), sqlCountPlugin],
  });
  await apollo.start();
  const app: AppServices = { apollo, dataSource, caching: await graphqlCaching(dataSource) };
  const cors = corsFromEnv();
  const compress = compression();
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const server = createServer((request, response) => {
    logRequest(request, response);
    inFlight.add(response);
    response.once("close", () => inFlight.delete(response));
    if (stopping) response.setHeader("connection", "close");
    cors(request, response, () =>
      compress(request as never, response as never, () => {
        handle(request, response, app).catch((error: unknown) => answerUnexpected(response, error));
      }),
    );
  });
  // Longer than the idle timeout of common load balancers (60 s), so that they, not we, close an idle
  // connection: otherwise a request sent as we close it fails with ECONNRESET. Clients that pause
  // between requests (test/api/exports.test.ts computes for seconds) meet the same race with Node's
  // default of 5 s; the `Keep-Alive: timeout=65` header this sends lets them drop the socket first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await listen(server, options.port ?? 0, options.host ?? "127.0.0.1");
  const address = server.address() as AddressInfo;
  const clientHost = address.address === "0.0.0.0" || address.address === "::" ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${clientHost}:${address.port}/graphql`,
    listening: `${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`,
    server,
    apollo,
    dataSource,
    async stop(graceMs = DEFAULT_SHUTDOWN_GRACE_MS) {
      stopping = true;
      markStopping(app);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      if (inFlight.size > 0) logger.warn({ requests: inFlight.size, graceMs }, "shutdown: closing requests still in flight");
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}

/** Listens, or rejects with the listen error (EADDRINUSE for a busy port) instead of throwing it later. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
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

/** A bug: logged with its stack; the client gets a plain 500 without details. */
function answerUnexpected(response: ServerResponse, error: unknown): void {
  logger.error({ err: error }, "unexpected error while answering a request");
  if (!response.headersSent) response.writeHead(500, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify({ errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
}

/** Apollo's own messages (warnings about configuration, errors it could not send) go to the same log. */
const apolloLogger = {
  debug: (message: unknown) => logger.debug({ apollo: true }, String(message)),
  info: (message: unknown) => logger.info({ apollo: true }, String(message)),
  warn: (message: unknown) => logger.warn({ apollo: true }, String(message)),
  error: (message: unknown) => logger.error({ apollo: true }, String(message)),
};
