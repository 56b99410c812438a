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
import { FAVICON } from "../pages/assets";
import { jsonForScript } from "../pages/html";

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
      let page: Promise<string> | undefined;
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
  examples: { name: string; question: string; description: string; query: string; variables: string }[];
}

export async function graphiqlPage(endpoint: string, examples: ExampleOperation[]): Promise<string> {
  const assets = await graphiqlAssets();
  const config: GraphiQLPageConfig = {
    title: "Endurance Graph",
    logo: `<img src="${FAVICON}" alt="" width="24" height="24">`,
    endpoint,
    examples: examples.map((example) => ({
      name: example.name,
      question: example.question,
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
    <div id="workspace">
      <main id="graphiql"></main>
      <section id="results" aria-label="The answer as a table, timeline or graph"></section>
    </div>
  </div>
  <script type="application/json" id="graphiql-config">${jsonForScript(config).text}</script>
  <script src="${assets.get("graphiql.js")!.path}"></script>
  <script src="${assets.get("results.js")!.path}"></script>
  <script src="${assets.get("start-graphiql.js")!.path}"></script>
</body>
</html>
`;
}
