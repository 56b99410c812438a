/** The championship links (src/domain/eligibility/championships.ts) among the statements that pass a time filter. */
import { LINK_PREDICATES, linksOf, type ChampionshipLink as DomainLink } from "../../domain/eligibility";
import type { StatementRecord } from "../../db/schema";
import type { StatementFilter } from "../../db/statement-filter";
import type { Context } from "../context";

export type ChampionshipLink = DomainLink<StatementRecord>;

/** Every link, both ways, among statements that pass `filter` (asOf/knownAt); the statements are read once per request and filter. */
export async function championshipLinks(context: Context, filter: StatementFilter): Promise<ChampionshipLink[]> {
  return (await context.store.statementsWithPredicates(LINK_PREDICATES, filter)).flatMap(linksOf);
}
