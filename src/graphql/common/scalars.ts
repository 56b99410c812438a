/** `Date`: a calendar day, YYYY-MM-DD, checked on the way in so a typo fails with a clear message. */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isIsoDay } from "../../domain/partial-date";

function parseDay(value: unknown): string {
  if (typeof value !== "string" || !isIsoDay(value)) {
    throw new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, such as "2021-11-05"; got ${JSON.stringify(value)}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: 'A calendar day in ISO 8601 form, "YYYY-MM-DD" (UTC). Used for `asOf` and `knownAt`.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});
