/**
 * Every HTTP route the server answers, in one list: a new endpoint is one entry here
 * and a handler in its own module.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { DataSource } from "typeorm";
import type { Context } from "../graphql/context";
import { answerGraphQL } from "./graphql-route";
import { answerExport, isExportPath } from "./export-route";
import { isGraphiQLAssetPath, serveGraphiQLAsset } from "./graphiql/asset-route";
import type { GraphQLCaching } from "./http-cache";

/** What a route handler may use. */
export interface AppServices {
  apollo: ApolloServer<Context>;
  dataSource: DataSource;
  caching: GraphQLCaching;
}

export interface Route {
  matches(pathname: string): boolean;
  handle(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void>;
}

const exactly = (path: string) => (pathname: string) => pathname === path;

export const ROUTES: Route[] = [
  { matches: exactly("/"), handle: async (_request, response) => void response.writeHead(302, { location: "/graphql" }).end() },
  { matches: exactly("/graphql"), handle: answerGraphQL },
  { matches: isExportPath, handle: answerExport },
  { matches: isGraphiQLAssetPath, handle: serveGraphiQLAsset },
];
