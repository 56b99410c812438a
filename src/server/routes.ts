/**
 * Every HTTP route the server answers, in one list: a new endpoint is one entry here
 * and a handler in its own module.
 */
import { answerGraphQL } from "./graphql-route";
import { answerExport, isExportPath } from "./export-route";
import { isGraphiQLAssetPath, serveGraphiQLAsset } from "./graphiql/asset-route";
import { answerHealth, answerReady, HEALTH_PATH, READY_PATH } from "./health-route";
import type { Route } from "./services";
import { PAGE_ROUTES } from "./pages/routes";

export type { AppServices, Route } from "./services";

const exactly = (path: string) => (pathname: string) => pathname === path;

export const ROUTES: Route[] = [
  { matches: exactly("/"), handle: async (_request, response) => void response.writeHead(302, { location: "/graphql" }).end() },
  { matches: exactly("/graphql"), handle: answerGraphQL },
  { matches: isExportPath, handle: answerExport },
  { matches: isGraphiQLAssetPath, handle: serveGraphiQLAsset },
  { matches: exactly(HEALTH_PATH), handle: answerHealth },
  { matches: exactly(READY_PATH), handle: answerReady },
  ...PAGE_ROUTES,
];
