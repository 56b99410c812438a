/**
 * How championships hang together, read from PART_OF and COMBINED_WITH statements: the edges that
 * class scopes and routes to Le Mans follow. A COMBINED_WITH statement with a `within` qualifier
 * ("the Sprint and Endurance Cups, within GT World Challenge Europe") also makes each side part of
 * the championship it names.
 */
import { overlapsYear } from "../partial-date";

/** PART_OF: `from` is part of `to`; INCLUDES: `to` is part of `from`; COMBINED_WITH: either way. */
export type ChampionshipRelation = "PART_OF" | "INCLUDES" | "COMBINED_WITH";

/** The statement a link is read from, as much of it as the links need. */
export interface LinkStatement {
  subjectId: string;
  predicate: string;
  objectId: string | null;
  /** JSON object of qualifier name → value. */
  qualifiers: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface ChampionshipLink<Statement extends LinkStatement = LinkStatement> {
  fromId: string;
  toId: string;
  relation: ChampionshipRelation;
  statement: Statement;
}

export const LINK_PREDICATES = ["PART_OF", "COMBINED_WITH"];

/** The links one statement makes, both ways. */
export function linksOf<Statement extends LinkStatement>(statement: Statement): ChampionshipLink<Statement>[] {
  const link = (fromId: string, toId: string, relation: ChampionshipRelation) => ({ fromId, toId, relation, statement });
  const partOf = (part: string, whole: string) => [link(part, whole, "PART_OF"), link(whole, part, "INCLUDES")];
  const { subjectId, objectId } = statement;
  if (!objectId) return [];
  if (statement.predicate === "PART_OF") return partOf(subjectId, objectId);
  if (statement.predicate !== "COMBINED_WITH") return [];
  const within = withinOf(statement);
  return [
    link(subjectId, objectId, "COMBINED_WITH"),
    link(objectId, subjectId, "COMBINED_WITH"),
    ...(within ? [...partOf(subjectId, within), ...partOf(objectId, within)] : []),
  ];
}

function withinOf(statement: LinkStatement): string | null {
  const within = (JSON.parse(statement.qualifiers) as Record<string, string>).within;
  return within && within.startsWith("championship/") ? within : null;
}

/** Championships reachable from `start` by INCLUDES links (its parts, their parts …), nearest first. */
export function partsOf(start: string, links: readonly ChampionshipLink[]): string[] {
  const found: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const link of links) {
      if (link.fromId !== current || link.relation !== "INCLUDES") continue;
      if (link.toId === start || found.includes(link.toId)) continue;
      found.push(link.toId);
      queue.push(link.toId);
    }
  }
  return found;
}

/** A link counts for a season when its statement's valid time overlaps that year (open ends are open). */
export function heldInYear(link: ChampionshipLink, year: number): boolean {
  return overlapsYear(link.statement, year);
}
