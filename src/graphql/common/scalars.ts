/**
 * `Date`: a date as people type it — a year, a month or a day — checked on the way in so a typo fails
 * with a clear message (graphql-js adds where: the argument, or the variable and its path). The value
 * stays as typed; each time axis reads its period (src/domain/time/period.ts).
 */
import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from "graphql";
import { parseDateArgument } from "../../domain/time";

/** A variable's value: graphql-js names the variable and where in it; the code is BAD_USER_INPUT. */
function parseDate(value: unknown): string {
  const parsed = parseDateArgument(value);
  if ("error" in parsed) throw new GraphQLError(`${parsed.error}.`, { extensions: { code: "BAD_USER_INPUT" } });
  return parsed.text;
}

/** A value written in the query: a plain error, so graphql-js reports it at its line and column. */
function parseDateLiteral(ast: ValueNode): string {
  const parsed = parseDateArgument(ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.INT ? Number(ast.value) : print(ast));
  if ("error" in parsed) throw new TypeError(`${parsed.error}.`);
  return parsed.text;
}

export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description:
    'A date in ISO 8601 form (UTC): a day "YYYY-MM-DD", a month "YYYY-MM" or a year "YYYY". Used for `asOf`, `knownAt`, `from` and `to`. ' +
    'A month or a year is a period: `knownAt: "2022"` is what was known by its last day (2022-12-31); `asOf: "2022"` includes what held ' +
    "at any time in it (the answer's `holding` says so). A bare year may be typed without quotes.",
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: parseDateLiteral,
});
