/**
 * Price a query before running it: depth and cost limits, so one request cannot fan out
 * over the whole graph. A connection's cost is its children's cost times `first`.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";

export const MAX_DEPTH = 15;
export const MAX_COST = 250_000;

const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.first !== "number") return undefined;
  return 1 + childComplexity * Math.max(1, Math.min(args.first, 100));
};

/** Depth of the selection, counting only fields (fragments are inlined). */
function depthOf(selectionSet: any, fragments: Record<string, any>, seen = new Set<string>()): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === "Field") deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === "InlineFragment") deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    else if (selection.kind === "FragmentSpread" && !seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

export function queryLimits(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d: any) => d.kind === "FragmentDefinition").map((d: any) => [d.name.value, d]),
          );
          const depth = depthOf(operation?.selectionSet, fragments);
          if (depth > MAX_DEPTH) {
            throw new GraphQLError(`The query is ${depth} fields deep; the limit is ${MAX_DEPTH}. Split it into several queries.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", depth, maxDepth: MAX_DEPTH },
            });
          }
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > MAX_COST) {
            throw new GraphQLError(
              `The query could return about ${cost} fields; the limit is ${MAX_COST}. Ask for smaller pages (\`first\`) or fewer nested lists.`,
              { extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: MAX_COST } },
            );
          }
        },
      };
    },
  };
}

