/** Report the SQL statements a request ran in `extensions.cost`, so users (and tests) can see N+1 never happens. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context";

/** Keyed by the request's store: Apollo hands plugins a shallow copy of the context, which shares it. */
const operationNames = new WeakMap<Context["store"], string | null>();

/** The operation a request ran, once Apollo has resolved it (for the request log). */
export function operationNameOf(context: Context): string | null | undefined {
  return operationNames.get(context.store);
}

export const sqlCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName }) {
        operationNames.set(contextValue.store, operationName);
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, cost: { sqlStatements: contextValue.store.sqlCount } };
      },
    };
  },
};
