/**
 * Routes from a championship to automatic entries: the shortest chain of championship links
 * (PART_OF / COMBINED_WITH, either way) from the championship to one whose result a rule rewards,
 * directly or as a member of the rule's joint classification. Each rule appears once, by its
 * shortest chain.
 */
import type { ChampionshipLink, LinkStatement } from "./championships";
import type { RuleStanding } from "./standing";
import type { EntryRule, RuleRecord } from "./types";

/** Links followed at most: beyond three steps a championship is no longer meaningfully "related". */
export const MAX_LINKS = 3;

/** DIRECT: the rule rewards this championship; JOINT_CLASSIFICATION: a classification it is one of; RELATED_CHAMPIONSHIP: a linked one. */
export type RouteKind = "DIRECT" | "JOINT_CLASSIFICATION" | "RELATED_CHAMPIONSHIP";

export interface FoundRoute<Statement extends LinkStatement = LinkStatement, Rule extends EntryRule = RuleRecord> {
  kind: RouteKind;
  links: ChampionshipLink<Statement>[];
  qualifyingChampionshipId: string;
  standing: RuleStanding<Rule>;
}

/** Every route from `start`, by edition, then shortest chain, then rule id. */
export function findRoutes<Statement extends LinkStatement, Rule extends EntryRule>(
  start: string,
  standings: readonly RuleStanding<Rule>[],
  links: readonly ChampionshipLink<Statement>[],
): FoundRoute<Statement, Rule>[] {
  const chains = shortestChains(start, links);
  const routes = standings.flatMap((standing) => {
    const route = routeTo(standing, chains);
    return route ? [route] : [];
  });
  return routes.sort(
    (a, b) => a.standing.rule.edition - b.standing.rule.edition || a.links.length - b.links.length || (a.standing.rule.id < b.standing.rule.id ? -1 : 1),
  );
}

/** For every championship within MAX_LINKS of `start`, one shortest chain of links to it (breadth first). */
function shortestChains<Statement extends LinkStatement>(start: string, links: readonly ChampionshipLink<Statement>[]): Map<string, ChampionshipLink<Statement>[]> {
  const chains = new Map<string, ChampionshipLink<Statement>[]>([[start, []]]);
  let frontier = [start];
  for (let depth = 0; depth < MAX_LINKS && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const link of links) {
        if (link.fromId !== id || chains.has(link.toId)) continue;
        chains.set(link.toId, [...chains.get(id)!, link]);
        next.push(link.toId);
      }
    }
    frontier = next;
  }
  return chains;
}

function routeTo<Statement extends LinkStatement, Rule extends EntryRule>(
  standing: RuleStanding<Rule>,
  chains: Map<string, ChampionshipLink<Statement>[]>,
): FoundRoute<Statement, Rule> | null {
  const rule = standing.rule;
  const candidates = rule.championship ? [rule.championship] : rule.jointClassification!.championships;
  const reached = candidates.filter((id) => chains.has(id)).sort((a, b) => chains.get(a)!.length - chains.get(b)!.length);
  if (reached.length === 0) return null;
  const links = chains.get(reached[0])!;
  const kind: RouteKind = links.length > 0 ? "RELATED_CHAMPIONSHIP" : rule.jointClassification ? "JOINT_CLASSIFICATION" : "DIRECT";
  return { kind, links, qualifyingChampionshipId: reached[0], standing };
}
