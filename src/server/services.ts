/** What a route handler may use, and the shape of a route: shared by routes.ts and every handler module. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { DataSource } from "typeorm";
import type { Context } from "../graphql/context";
import type { GraphQLCaching } from "./http-cache";

export interface AppServices {
  apollo: ApolloServer<Context>;
  dataSource: DataSource;
  caching: GraphQLCaching;
}

export interface Route {
  matches(pathname: string): boolean;
  handle(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void>;
}
