/**
 * GraphiQL as Apollo's landing page: a browser that opens /graphql (Accept: text/html) gets
 * GraphiQL instead of Apollo Sandbox, which loads from a CDN and fails offline. GraphQL clients
 * (Accept: application/json) still get GraphQL-over-HTTP at the same address.
 *
 * The page is the same for every address: share links (/graphql?query=…&variables=…) are read
 * by the page's script in the browser, so nothing from the address is ever written into HTML.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { graphiqlAssets } from "./assets";
import { loadExampleOperations, type ExampleOperation } from "./examples";

export interface GraphiQLPageOptions {
  /** Where GraphiQL sends queries. */
  endpoint: string;
  /** The example operations offered as tabs (default: schema/operations). */
  examples?: ExampleOperation[];
}

export function graphiqlLandingPage(options: GraphiQLPageOptions): ApolloServerPlugin {
  return {
    async serverWillStart() {
      const examples = options.examples ?? loadExampleOperations();
      let page: string | undefined;
      return {
        async renderLandingPage() {
          // A function, so the 9 MB bundle is read on the first browser visit, not at start-up.
          return { html: async () => (page ??= graphiqlPage(options.endpoint, examples)) };
        },
      };
    },
  };
}

/** What the page's script needs, as JSON in the page. */
export interface GraphiQLPageConfig {
  title: string;
  /** HTML for GraphiQL's logo corner. */
  logo: string;
  endpoint: string;
  examples: { name: string; description: string; query: string; variables: string }[];
}

export function graphiqlPage(endpoint: string, examples: ExampleOperation[]): string {
  const assets = graphiqlAssets();
  const config: GraphiQLPageConfig = {
    title: "Endurance Graph",
    logo: `<img src="${FAVICON}" alt="" width="24" height="24">`,
    endpoint,
    examples: examples.map((example) => ({
      name: example.name,
      description: example.description,
      query: example.document,
      variables: Object.keys(example.variables).length > 0 ? JSON.stringify(example.variables, null, 2) : "",
    })),
  };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Endurance Graph · GraphiQL</title>
  <link rel="icon" href="${FAVICON}">
  <link rel="stylesheet" href="${assets.get("graphiql.css")!.path}">
</head>
<body>
  <noscript>GraphiQL needs JavaScript. Without it, send queries to ${endpoint} with any GraphQL client.</noscript>
  <div id="layout">
    <aside id="examples" aria-label="Example queries"></aside>
    <main id="graphiql"></main>
  </div>
  <script type="application/json" id="graphiql-config">${jsonForScriptElement(config)}</script>
  <script src="${assets.get("graphiql.js")!.path}"></script>
  <script src="${assets.get("start-graphiql.js")!.path}"></script>
</body>
</html>
`;
}

/** JSON that cannot end its <script> element early, whatever the example files contain. */
function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** A chequered flag, inline: the package's favicon is 150 KB, and any other would be a request. */
const FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="#fff"/>` +
      `<path d="M0 0h1v1H0zM2 0h1v1H2zM1 1h1v1H1zM3 1h1v1H3zM0 2h1v1H0zM2 2h1v1H2zM1 3h1v1H1zM3 3h1v1H3z"/></svg>`,
  );
