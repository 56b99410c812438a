import { Field, ID, InterfaceType } from "type-graphql";
import { ENTITY_KINDS, kindName, STATEMENT_PREFIX, type EntityKind } from "../../domain/vocabulary";

/** The GraphQL type of any object with an id: its prefix tells (statement/, source/, or an entity kind's). */
export function typeNameOfId(id: string, kind?: string): string | undefined {
  if (id.startsWith(STATEMENT_PREFIX)) return "Statement";
  if (id.startsWith("source/")) return "Source";
  if (kind && kind in ENTITY_KINDS) return kindName(kind as EntityKind);
  return undefined;
}

@InterfaceType({
  description: "An object with a global id. Ids are stable across rebuilds; treat them as opaque. Fetch any object with `node(id:)`.",
  resolveType: (value: { id: string; kind?: string; row?: { id: string } }) => typeNameOfId(value.row?.id ?? value.id, value.kind),
})
export abstract class Node {
  @Field(() => ID, { description: "Global id, e.g. person/stephane-ratel, statement/ratel-lmem-partner or source/…." })
  id: string;
}
