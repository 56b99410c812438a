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

/**
 * No class matches `ref`, neither among the result championship's own classes nor anywhere: the
 * message and `extensions.championshipClasses` list the classes the championship has.
 */
export function classNotFound(ref: string, suggestions: Candidate[], championshipNames: string[], classes: Candidate[]): GraphQLError {
  const missing = notFound("class", ref, suggestions);
  const listing =
    classes.length > 0
      ? ` The classes of ${championshipNames.join(" and ")}: ${classes.map((item) => `"${item.name}" (${item.id})`).join(", ")}.`
      : ` ${championshipNames.join(" and ")} has no class in the graph.`;
  return new GraphQLError(`${missing.message}${listing}`, { extensions: { ...missing.extensions, championshipClasses: classes } });
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
