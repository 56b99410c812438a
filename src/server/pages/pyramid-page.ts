/** GET /pyramid?asOf=&knownAt=: the ACO's endurance pyramid as a diagram, tier 1 at the top. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppServices } from "../services";
import { html, type Html } from "./html";
import { graphiqlLink, runPageOperation } from "./run-operation";
import { citationList, entityLink, statementPath, statusBadge, validTime, type CitationRef, type EntityRef } from "./present";
import { sendErrorPage, sendPage, timeForm, timeNote, timeParams } from "./respond";

interface Placement {
  entity: EntityRef;
  organisation: EntityRef;
  tier: string | null;
  statement: { id: string; status: string; validFrom: { text: string } | null; validUntil: { text: string } | null };
  citations?: CitationRef[];
}

interface PyramidPageData {
  pyramid: { asOf: string | null; knownAt: string | null; tiers: { level: number; entities: EntityRef[]; placements: Placement[] }[]; unranked: Placement[] };
}

export async function answerPyramidPage(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const variables = timeParams(url);
  const result = await runPageOperation<PyramidPageData>(app, "PyramidPage", variables);
  if (result.errors?.length || !result.data) return sendErrorPage(request, response, result.errors ?? [], "pyramid");
  const { pyramid } = result.data;
  await sendPage(request, response, 200, {
    title: "The endurance pyramid",
    lead: "The ACO's ladder of championships, from the 24 Hours of Le Mans down, each placement with its source.",
    graphiql: graphiqlLink("PyramidPage", variables),
    body: html`${timeForm(variables)}${timeNote(variables)}
      <figure class="pyramid-figure"><ol class="pyramid" aria-label="Tiers, top first">${pyramid.tiers.map((tier, index) => tierRow(tier, index, pyramid.tiers.length))}</ol>
      <figcaption>Tier 1 at the top. Each box links to its page.</figcaption></figure>
      ${pyramid.unranked.length > 0 ? html`<h2>Placed without a tier number</h2><ul>${pyramid.unranked.map((placement) => html`<li>${entityLink(placement.entity)}: <q>${placement.tier ?? "no tier"}</q> (${entityLink(placement.organisation)}, <a href="${statementPath(placement.statement.id)}">statement</a>)</li>`)}</ul>` : ""}
      <h2>Placements and sources</h2>
      <div class="table-scroll"><table class="statements"><thead><tr><th scope="col">Tier</th><th scope="col">Entity</th><th scope="col">Placed by</th><th scope="col">When</th><th scope="col">Status</th><th scope="col">Sources</th></tr></thead><tbody>
      ${pyramid.tiers.flatMap((tier) => tier.placements.map((placement) => html`<tr><td>${tier.level}</td><td>${entityLink(placement.entity)}</td><td>${entityLink(placement.organisation)}</td><td>${validTime(placement.statement)}</td><td>${statusBadge(placement.statement.status)} <a href="${statementPath(placement.statement.id)}">statement</a></td><td>${citationList(placement.citations)}</td></tr>`))}
      </tbody></table></div>`,
  });
}

function tierRow(tier: PyramidPageData["pyramid"]["tiers"][number], index: number, count: number): Html {
  // Narrow at the top, widest at the base: the diagram is the list, styled.
  const width = Math.round(40 + (60 * (index + 1)) / Math.max(count, 1));
  return html`<li class="tier" style="width:${String(width)}%"><span class="tier-level">Tier ${tier.level}</span>
    <span class="tier-entities">${tier.entities.map((entity) => html`<span class="tier-entity">${entityLink(entity)}</span> `)}</span></li>`;
}
