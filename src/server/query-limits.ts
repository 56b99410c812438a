/**
 * Limits that price a query before anything runs, each in time linear in the query's size, so one
 * request can neither block the server nor fan out over the whole graph:
 * - tokens (graphql-js's own parser limit, in app.ts), checked while parsing;
 * - depth, aliases and directives (graphql-armor's validation rules, with fragments memoised);
 * - malformed variables, refused with where they are wrong (graphql-js's own coercion);
 * - cost: the fields the answer could hold, every list priced at its real bound (`first` for a
 *   connection, the number of ids for `nodes`, the mentions the text holds for `mentions`), each fragment
 *   priced once however often it is spread;
 * - the answer's size, a last guard should an estimate be wrong.
 * A refused query runs no resolver and no SQL.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { MAX_NODE_IDS } from "../graphql/query/query.resolver";

export const LIMITS = {
  /** Lexical tokens in the query text (names, punctuation, values). */
  maxTokens: 5_000,
  /** Fields nested in fields, counted through fragments. */
  maxDepth: 15,
  /** Aliased fields in the whole operation. */
  maxAliases: 30,
  /** Directives (@include, @skip …) in the whole operation. */
  maxDirectives: 50,
  /** Fields the answer could hold, lists counted at their bound. */
  maxCost: 250_000,
  /** Ids in one `nodes(ids:)`. */
  maxNodeIds: MAX_NODE_IDS,
  /** Bytes of JSON in one answer. */
  maxAnswerBytes: 8 * 1024 * 1024,
} as const;

/** A list a record carries (names, citations, grantors …): a handful in the data; priced at this many items. */
export const RECORD_LIST_BOUND = 5;

/** Counts what a list sized by its arguments will hold, before it is resolved. */
export interface ListCounts {
  /** How many mentions `text` holds (the automaton is linear in the text and runs no SQL once built). */
  mentions(text: string): number;
}

type ArgumentBound = (args: Record<string, unknown>, counts: ListCounts) => number;

/** Lists sized by their arguments rather than by `first`. */
const ARGUMENT_BOUNDS: Record<string, ArgumentBound> = {
  "Query.mentions": (args, counts) => counts.mentions(String(args.text ?? "")),
  "Query.nodes": (args) => (Array.isArray(args.ids) ? args.ids.length : 0),
};

const FIRST_CAP = 100;

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX", ...extensions, http: { status: 400 } } });
}

/** graphql-armor finds the number; the message says what to do about it. */
function limitRule(
  rule: (options: object) => ValidationRule,
  limit: number,
  say: (found: number) => string,
  name: string,
  extra: object = {},
): ValidationRule {
  return (context: ValidationContext) => {
    const report = (_context: ValidationContext | null, error: GraphQLError) => {
      const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? Number.NaN);
      context.reportError(new GraphQLError(say(found), { extensions: { queryLimit: name, found, limit } }));
    };
    return rule({ n: limit, onReject: [report], propagateOnRejection: false, exposeLimits: true, ...extra })(context);
  };
}

/** Validation rules: refused queries answer 400 QUERY_TOO_COMPLEX (see errors.ts), before any execution. */
export const LIMIT_RULES: ValidationRule[] = [
  limitRule(maxDepthRule as never, LIMITS.maxDepth, (found) => `The query is ${found} fields deep; the limit is ${LIMITS.maxDepth}. Split it into several queries.`, "depth", {
    flattenFragments: true,
    ignoreIntrospection: true,
  }),
  limitRule(maxAliasesRule as never, LIMITS.maxAliases, (found) => `The query has ${found} aliases; the limit is ${LIMITS.maxAliases}. Split it into several queries.`, "aliases"),
  limitRule(maxDirectivesRule as never, LIMITS.maxDirectives, (found) => `The query has ${found} directives; the limit is ${LIMITS.maxDirectives}.`, "directives"),
];

/** `listCounts` is asked once per request that passes the other limits. */
export function queryLimits(schema: GraphQLSchema, listCounts: () => Promise<ListCounts>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          if (!schema.getRootType(operation.operation)) {
            throw new GraphQLError(`This API is read-only: it has no ${operation.operation}s. Send a query.`, {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          const cost = await pricedOnce(operation, request.variables ?? {}, async () => {
            const variables = coerceVariables(schema, operation, request.variables ?? {});
            return queryCost(schema, document, operation, variables, await listCounts());
          });
          if (cost > LIMITS.maxCost) {
            throw tooComplex(
              `The query could return about ${cost} fields; the limit is ${LIMITS.maxCost}. Ask for smaller pages (\`first\`), shorter texts or fewer nested lists.`,
              { cost, maxCost: LIMITS.maxCost },
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single" || response.body.singleResult.data == null) return;
          const data = response.body.singleResult.data;
          const json = JSON.stringify(data);
          const bytes = Buffer.byteLength(json);
          if (bytes <= LIMITS.maxAnswerBytes) {
            dataJson.set(data, json);
            return;
          }
          response.http.status = 400;
          response.body.singleResult = {
            errors: [
              {
                message: `The answer would be ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.maxAnswerBytes / 1024 / 1024} MB. Ask for less (smaller pages, fewer fields).`,
                extensions: { code: "ANSWER_TOO_LARGE", bytes, maxBytes: LIMITS.maxAnswerBytes },
              },
            ],
          };
        },
      };
    },
  };
}

/** Prices kept per operation: Apollo's document store hands every request with the same text the same parsed document. */
const PRICES_PER_OPERATION = 100;
const prices = new WeakMap<OperationDefinitionNode, Map<string, number>>();

/**
 * The operation's cost with these variables, computed the first time they are seen (the schema and the
 * data the bounds read are fixed while the server runs). A query refused while pricing (bad variables,
 * too many ids) is not kept, so it is refused the same way every time.
 */
async function pricedOnce(operation: OperationDefinitionNode, variables: Record<string, unknown>, price: () => Promise<number>): Promise<number> {
  let known = prices.get(operation);
  if (!known) prices.set(operation, (known = new Map()));
  const key = JSON.stringify(variables);
  const cached = known.get(key);
  if (cached !== undefined) {
    known.delete(key);
    known.set(key, cached); // the least recently used is the first to go
    return cached;
  }
  const cost = await price();
  if (known.size >= PRICES_PER_OPERATION) known.delete(known.keys().next().value!);
  known.set(key, cost);
  return cost;
}

/** The JSON of an answer's data, made once for the size limit and used again for the body. */
const dataJson = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: the same text as its default (`JSON.stringify(result)` and a newline),
 * but an answer's data, already serialised to measure it, is not serialised a second time.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const json = result.data != null ? dataJson.get(result.data) : undefined;
  if (json === undefined) return `${JSON.stringify(result)}\n`;
  const members: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    const text = key === "data" ? json : JSON.stringify(value);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`); // as JSON.stringify, leaving out undefined members
  }
  return `{${members.join(",")}}\n`;
}

/**
 * The variables as the operation declares them. A value of the wrong type (a number for a String,
 * 2^31 for an Int, an unknown enum value, an object for a list, an unknown or missing input field)
 * is the client's mistake: 400 BAD_USER_INPUT, saying which variable and where inside it.
 */
function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown>): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 10 });
  if (!result.errors) return result.coerced;
  const [first] = result.errors;
  const message = result.errors.map((error) => error.message).join(" ");
  throw new GraphQLError(message, {
    nodes: first.nodes,
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
  });
}

/**
 * Fields the answer could hold. A field costs 1 plus its children times its list bound; a
 * fragment's cost is computed once and reused at every spread (a fragment that spreads the next
 * one twice, 22 times over, costs 22 steps, not 2^22).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  counts: ListCounts,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fragmentCosts = new Map<string, number>();

  const selectionCost = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += selectionCost(selection.selectionSet, type ?? parent);
      } else {
        const name = selection.name.value;
        if (!fragmentCosts.has(name)) {
          fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) costs nothing more
          const fragment = fragments.get(name);
          if (fragment) fragmentCosts.set(name, selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined));
        }
        total += fragmentCosts.get(name)!;
      }
    }
    return total;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLNamedType | undefined): number => {
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
    if (!definition || !field.selectionSet) return 1; // a leaf, __typename, or introspection (bounded by the schema)
    const args = argumentsOf(definition, field, variables);
    refuseOverArgumentLimit(parent!.name, definition.name, args, field);
    const children = selectionCost(field.selectionSet, getNamedType(definition.type));
    return 1 + listBound(parent!.name, definition, args, counts) * children;
  };

  const root = schema.getRootType(operation.operation);
  return selectionCost(operation.selectionSet, root ?? undefined);
}

/** A list argument over its limit (more than 100 `nodes` ids): 400 QUERY_TOO_COMPLEX saying the limit and where. */
function refuseOverArgumentLimit(parentName: string, fieldName: string, args: Record<string, unknown>, field: FieldNode): void {
  if (parentName !== "Query" || fieldName !== "nodes" || !Array.isArray(args.ids) || args.ids.length <= LIMITS.maxNodeIds) return;
  const where = field.loc ? ` (line ${field.loc.startToken.line}, column ${field.loc.startToken.column})` : "";
  throw new GraphQLError(
    `\`nodes(ids:)\`${where} takes at most ${LIMITS.maxNodeIds} ids; got ${args.ids.length}. Ask for them in several queries of ${LIMITS.maxNodeIds}.`,
    { nodes: field, extensions: { code: "QUERY_TOO_COMPLEX", queryLimit: "nodeIds", found: args.ids.length, limit: LIMITS.maxNodeIds, http: { status: 400 } } },
  );
}

function argumentsOf(definition: GraphQLField<unknown, unknown>, field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(definition, field, variables);
  } catch {
    return {}; // execution will report the bad argument; it is priced at the default bound meanwhile
  }
}

function listBound(parentName: string, definition: GraphQLField<unknown, unknown>, args: Record<string, unknown>, counts: ListCounts): number {
  if (definition.args.some((argument) => argument.name === "first")) {
    const first = typeof args.first === "number" ? args.first : FIRST_CAP;
    return Math.max(1, Math.min(first, FIRST_CAP));
  }
  if (!isListType(getNullableType(definition.type))) return 1;
  const byArguments = ARGUMENT_BOUNDS[`${parentName}.${definition.name}`];
  if (byArguments) return Math.max(1, byArguments(args, counts));
  // A connection's edges and nodes are its page, already counted by the connection's `first`.
  if (parentName.endsWith("Connection")) return 1;
  return RECORD_LIST_BOUND;
}
