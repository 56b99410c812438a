/**
 * Relay cursor connections. The data only changes when the database is rebuilt, so an
 * offset cursor is stable for the life of a build; it is opaque to clients all the same.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "./errors";
import type { PageWindow } from "../../db/reads/page";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return: 1 to ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (from `pageInfo.endCursor`)." })
  after?: string | null;
}

export type { PageWindow };

/** Check `first` and decode `after`; a bad value is a BAD_USER_INPUT error naming the argument. */
export function pageWindow(args: { first: number; after?: string | null }, field: string): PageWindow {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` on ${field} must be between 1 and ${MAX_PAGE_SIZE}; got ${args.first}. Page through longer lists with \`after\`.`, "first");
  }
  return { offset: args.after ? decodeCursor(args.after, field) : 0, limit: args.first };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString("base64url");
}

/** No list holds more items than this; a larger offset is a forged cursor, not a position. */
const MAX_OFFSET = 2 ** 31 - 1;

function decodeCursor(cursor: string, field: string): number {
  const match = /^offset:(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString());
  const offset = match ? Number(match[1]) : NaN;
  if (!(offset <= MAX_OFFSET)) throw badInput(`\`after\` on ${field} is not a cursor this API gave out: "${cursor}".`, "after");
  return offset;
}

@ObjectType({ description: "Where a page sits in its list." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page." })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: "True when items precede this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item on this page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass it as `after` for the next page." })
  endCursor: string | null;
}

export interface Page<Node> {
  nodes: Node[];
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toPage<Node>(nodes: Node[], total: number, window: PageWindow): Page<Node> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index + 1), node }));
  return {
    nodes,
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < total,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A `<Name>Connection` type and its `<Name>Edge`, for a node type. */
export function Connection<Node extends object>(nodeType: ClassType<Node> | Function, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque position of this item, for `after`." })
    cursor: string;

    @Field(() => nodeType as ClassType<Node>, { description: `The ${what}.` })
    node: Node;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class ConnectionType {
    @Field(() => [Edge], { description: "The items with their cursors." })
    edges: Edge[];

    @Field(() => [nodeType as ClassType<Node>], { description: "The items, without cursors." })
    nodes: Node[];

    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items the whole list holds (all pages)." })
    totalCount: number;
  }
  return ConnectionType;
}
