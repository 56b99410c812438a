/**
 * Errors clients see keep their code; anything unexpected is masked (its details stay in
 * the server log), so a bug never leaks SQL or stack traces to users.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { logger } from "./logger";

const PUBLIC_CODES = new Set([
  "NOT_FOUND",
  "AMBIGUOUS",
  "BAD_USER_INPUT",
  "QUERY_TOO_COMPLEX",
  "ANSWER_TOO_LARGE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const overLimit = overLimitCode(formatted);
  if (overLimit) return overLimit;
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isRequestError(error)) {
    return { ...formatted, extensions: { code: "BAD_USER_INPUT" } };
  }
  logger.error({ err: unwrapResolverError(error), path: formatted.path }, "unexpected error in a GraphQL request");
  return { message: "Unexpected error.", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * graphql-js's own errors about the request (a missing or mistyped variable) carry no code
 * and wrap no original error: they are the client's to fix, and their message says how.
 */
function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && !error.path;
}

/**
 * A query over a limit fails parsing (too many tokens) or validation (too deep, too many aliases or
 * directives), which Apollo codes GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED; it keeps its
 * HTTP 400 but gets the one code every limit answers with.
 */
function overLimitCode(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (typeof extensions.queryLimit === "string") return { ...formatted, extensions: { ...extensions, code: "QUERY_TOO_COMPLEX" } };
  const tokens = /Document contains more th\w+ (\d+) tokens/.exec(formatted.message);
  if (tokens && extensions.code === "GRAPHQL_PARSE_FAILED") {
    return {
      message: `The query has more than ${tokens[1]} tokens (names, punctuation, values); the limit is ${tokens[1]}. Split it into several queries.`,
      extensions: { code: "QUERY_TOO_COMPLEX", queryLimit: "tokens", limit: Number(tokens[1]) },
    };
  }
  return null;
}
