/**
 * Routes from a championship to automatic entries: the shortest chain of championship links
 * (PART_OF / COMBINED_WITH, either way) from the championship to one whose result a rule rewards,
 * directly or as a member of the rule's joint classification. Each rule appears once, by its
 * shortest chain. Plain logic over plain data.
 */
import type { ChampionshipLink } from "./championship-links";
import { RouteKind } from "./eligibility.enums";
import type { RuleStanding } from "./rule-standing";

/** Links followed at most: beyond three steps a championship is no longer meaningfully "related". */
export const MAX_LINKS = 3;

export interface FoundRoute {
  kind: RouteKind;
  links: ChampionshipLink[];
  qualifyingChampionshipId: string;
  standing: RuleStanding;
}

export function findRoutes(start: string, standings: readonly RuleStanding[], links: readonly ChampionshipLink[]): FoundRoute[] {
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
function shortestChains(start: string, links: readonly ChampionshipLink[]): Map<string, ChampionshipLink[]> {
  const chains = new Map<string, ChampionshipLink[]>([[start, []]]);
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

function routeTo(standing: RuleStanding, chains: Map<string, ChampionshipLink[]>): FoundRoute | null {
  const rule = standing.rule;
  const candidates = rule.championship ? [rule.championship] : rule.jointClassification!.championships;
  const reached = candidates.filter((id) => chains.has(id)).sort((a, b) => chains.get(a)!.length - chains.get(b)!.length);
  if (reached.length === 0) return null;
  const links = chains.get(reached[0])!;
  const kind = links.length > 0 ? RouteKind.RELATED_CHAMPIONSHIP : rule.jointClassification ? RouteKind.JOINT_CLASSIFICATION : RouteKind.DIRECT;
  return { kind, links, qualifyingChampionshipId: reached[0], standing };
}
