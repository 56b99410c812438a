/**
 * Errors a client can act on, each with a stable `extensions.code`. Anything else is
 * masked as INTERNAL_SERVER_ERROR by the server (see src/server/mask-errors.ts).
 */
import { GraphQLError } from "graphql";

export interface Candidate {
  id: string;
  name: string;
  kind: string;
}

export function notFound(what: string, ref: string, suggestions: Candidate[] = []): GraphQLError {
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((item) => `"${item.name}" (${item.id})`).join(", ")}?` : "";
  return new GraphQLError(`No ${what} matches "${ref}".${hint}`, { extensions: { code: "NOT_FOUND", ref, suggestions } });
}

export function ambiguous(ref: string, candidates: Candidate[]): GraphQLError {
  const names = candidates.map((item) => `"${item.name}" (${item.id})`).join(" or ");
  return new GraphQLError(`"${ref}" is ambiguous: it names ${names}. Ask for one of them by id.`, {
    extensions: { code: "AMBIGUOUS", ref, candidates },
  });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument } });
}
