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

/**
 * Options of a root field that looks an entity up: nullable, so that a NOT_FOUND or AMBIGUOUS (or a
 * bad argument) in it leaves the query's other fields their data (the error carries the field's path).
 */
export function lookupFieldOptions(description: string): { nullable: true; description: string } {
  return failsAlone(description, "NOT_FOUND, AMBIGUOUS, BAD_USER_INPUT");
}

/**
 * Options of a root field that can refuse its arguments (an empty search, a `first` out of range, a
 * text too long) but looks nothing up: nullable, so that the refusal stays at its field too.
 */
export function inputFieldOptions(description: string): { nullable: true; description: string } {
  return failsAlone(description, "BAD_USER_INPUT");
}

function failsAlone(description: string, codes: string): { nullable: true; description: string } {
  return { nullable: true, description: `${description} Null when it fails (${codes}): the error carries this field's path, and the query's other fields keep their answers.` };
}
