/** An entity with its labels and aliases, put together from the one-row-per-name export query. */
import type { ExportSource } from "../db/export-source";
import { entityNames, type EntityWithNameRow } from "../db/reads/exports";
import { groupConsecutive } from "./group-consecutive";

export interface NamedEntity {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  /** Language → label. */
  labels: Record<string, string>;
  aliases: string[];
  /** The aliases that also name (or may name) another entity. */
  ambiguousAliases: string[];
}

export async function* namedEntities(source: ExportSource): AsyncGenerator<NamedEntity> {
  for await (const rows of groupConsecutive(entityNames(source), (row) => row.id)) yield namedEntity(rows);
}

function namedEntity(rows: EntityWithNameRow[]): NamedEntity {
  const { id, kind, name, description } = rows[0];
  const entity: NamedEntity = { id, kind, name, description, labels: {}, aliases: [], ambiguousAliases: [] };
  for (const row of rows) {
    if (row.nameType === "LABEL" && row.language) entity.labels[row.language] = row.nameText!;
    if (row.nameType !== "ALIAS") continue;
    entity.aliases.push(row.nameText!);
    if (row.ambiguous === 1) entity.ambiguousAliases.push(row.nameText!);
  }
  return entity;
}
