/**
 * Errors clients see keep their code; anything unexpected is masked (its details stay in
 * the server log), so a bug never leaks SQL or stack traces to users.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

const PUBLIC_CODES = new Set([
  "NOT_FOUND",
  "AMBIGUOUS",
  "BAD_USER_INPUT",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isRequestError(error)) {
    return { ...formatted, extensions: { code: "BAD_USER_INPUT" } };
  }
  console.error("Unexpected error:", unwrapResolverError(error));
  return { message: "Unexpected error.", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * graphql-js's own errors about the request (a missing or mistyped variable) carry no code
 * and wrap no original error: they are the client's to fix, and their message says how.
 */
function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && !error.path;
}
