/** The pages' routes, added to the server's list in ../routes.ts. */
import type { Route } from "../services";
import { answerEntityPage, isEntityPath } from "./entity-page";
import { answerLeMansPage, isLeMansPath } from "./le-mans-page";
import { answerPyramidPage } from "./pyramid-page";
import { answerSearchPage } from "./search-page";
import { answerStatementPage, isStatementPath } from "./statement-page";
import { isPageAssetPath, servePageAsset } from "../graphiql/asset-route";

export const PAGE_ROUTES: Route[] = [
  { matches: isEntityPath, handle: answerEntityPage },
  { matches: isStatementPath, handle: answerStatementPage },
  { matches: (pathname) => pathname === "/search", handle: answerSearchPage },
  { matches: (pathname) => pathname === "/pyramid", handle: answerPyramidPage },
  { matches: isLeMansPath, handle: answerLeMansPage },
  { matches: isPageAssetPath, handle: servePageAsset },
];
