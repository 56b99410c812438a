/** The frame around every page: header with search, the content, and the query behind it. */
import { html, jsonForScript, type Html } from "./html";
import { FAVICON, type PageAssets } from "./assets";

export interface PageFrame {
  title: string;
  /** One line under the title: what the page is. */
  lead?: Html | string;
  body: Html;
  /** "Open in GraphiQL": the operation behind the page, with its variables. */
  graphiql?: string;
  /** schema.org JSON-LD for the page's subject. */
  jsonLd?: unknown;
  /** Data for the page's charts, read by pages.js (the page reads fine without it). */
  chartData?: unknown;
  /** The search box's text. */
  query?: string;
}

export function layout(frame: PageFrame, assets: PageAssets): string {
  return `<!doctype html>\n${html`<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${frame.title} · Endurance Graph</title>
  <link rel="icon" href="${FAVICON}">
  <link rel="stylesheet" href="${assets.path("pages.css")}">
  ${frame.jsonLd ? html`<script type="application/ld+json">${jsonForScript(frame.jsonLd)}</script>` : ""}
</head>
<body>
  <header class="site">
    <a class="home" href="/pyramid">Endurance Graph</a>
    <nav aria-label="Site">
      <a href="/pyramid">Pyramid</a>
      <a href="/le-mans/2024">Le Mans 2024</a>
      <a href="/graphql">GraphiQL</a>
    </nav>
    <form class="search" action="/search" method="get" role="search">
      <label for="site-search" class="visually-hidden">Search names</label>
      <input id="site-search" type="search" name="q" value="${frame.query ?? ""}" placeholder="Search: ACO, Ratel, AsLMS…">
      <button type="submit">Search</button>
    </form>
  </header>
  <main id="content">
    <h1>${frame.title}</h1>
    ${frame.lead ? html`<p class="lead">${frame.lead}</p>` : ""}
    ${frame.body}
  </main>
  <footer class="site">
    ${frame.graphiql ? html`<p><a href="${frame.graphiql}" class="graphiql-link">Open the query behind this page in GraphiQL</a></p>` : ""}
    <p>Every fact is dated and sourced; quotes are verbatim. Downloads: <a href="/export">the whole graph</a>.</p>
  </footer>
  ${frame.chartData ? html`<script type="application/json" id="chart-data">${jsonForScript(frame.chartData)}</script>` : ""}
  <script src="${assets.path("pages.js")}" defer></script>
</body>
</html>
`}`;
}
