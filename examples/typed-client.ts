/**
 * A typed client for the Endurance Graph API in a few lines: fetch plus the typed documents that
 * `npm run codegen` generates in src/generated/ from schema/operations/*.graphql. The compiler
 * checks the variables you send and knows the shape of the data you get back, so a query that
 * drifts from the schema fails to compile here, not in production.
 *
 *   npm start                                      # the API on http://localhost:4000/graphql
 *   node --import tsx examples/typed-client.ts     # or pass another endpoint as the argument
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { SearchNamesDocument } from "../src/generated/graphql";

/**
 * Runs an operation over GET, so browsers and CDNs can cache the answer (the API sends an ETag
 * per database build and Cache-Control) and a repeat costs a 304. Use POST for very long queries.
 */
export async function request<Data, Variables>(endpoint: string, document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  const url = new URL(endpoint);
  url.searchParams.set("query", print(document));
  url.searchParams.set("variables", JSON.stringify(variables));
  const response = await fetch(url, { headers: { accept: "application/graphql-response+json, application/json" } });
  const body = (await response.json()) as { data?: Data | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((error) => error.message).join("\n") ?? `HTTP ${response.status}`);
  return body.data;
}

/** "frederic" finds every Frédéric: the search forgives accents, case and acronyms. */
export async function namesMatching(endpoint: string, text: string): Promise<string[]> {
  const { search } = await request(endpoint, SearchNamesDocument, { text, first: 5 });
  if (!search) throw new Error("search answered null"); // only with an error, which request() throws first
  return search.nodes.map((hit) => `${hit.entity.name} (${hit.entity.kind.toLowerCase()}, ${hit.entity.id})`);
}

if (require.main === module) {
  const endpoint = process.argv[2] ?? "http://localhost:4000/graphql";
  namesMatching(endpoint, "frederic")
    .then((names) => console.log(names.join("\n")))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
