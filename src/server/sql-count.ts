/** Report the SQL statements a request ran in `extensions.cost`, so users (and tests) can see N+1 never happens. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../graphql/context";

export const sqlCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, cost: { sqlStatements: contextValue.store.sqlCount } };
      },
    };
  },
};
