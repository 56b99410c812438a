/** Entity arguments: an id, name or alias (lookupEntity), which must also be of the kind the argument needs. */
import { lookupEntity } from "../entities/lookup";
import { badInput } from "../common/errors";
import type { EntityRecord } from "../../db/schema";
import type { Context } from "../context";

export async function lookupOfKind(ref: string, kinds: readonly string[], argument: string, context: Context): Promise<EntityRecord> {
  const what = kinds.map((kind) => kind.toLowerCase()).join(" or ");
  const entity = await lookupEntity(ref, context, what);
  if (!kinds.includes(entity.kind)) {
    throw badInput(`\`${argument}\` must name a ${what}; "${ref}" is ${entity.name} (${entity.id}), a ${entity.kind.toLowerCase()}.`, argument);
  }
  return entity;
}

export function checkEdition(edition: number): void {
  if (!Number.isInteger(edition) || edition < 1900 || edition > 2100) throw badInput(`\`edition\` is a year such as 2024; got ${edition}.`, "edition");
}

export function checkSeason(season: string): void {
  if (!/^\d{4}(-\d{2})?$/.test(season)) throw badInput(`\`season\` is written "2023" or "2023-24"; got "${season}".`, "season");
}
