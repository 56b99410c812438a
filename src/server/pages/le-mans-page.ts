/**
 * GET /le-mans/<edition>?knownAt=: the automatic entries of an edition of the 24 Hours of Le Mans as
 * the sources had them on a day, with a control that moves the day through every change.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppServices } from "../services";
import { html, type Html } from "./html";
import { graphiqlLink, runPageOperation } from "./run-operation";
import { citationList, entityLink, joinLinks, statusBadge, type CitationRef, type EntityRef } from "./present";
import { sendBadRequest, sendErrorPage, sendPage } from "./respond";

export const LE_MANS_PREFIX = "/le-mans/";

interface Rule {
  id: string;
  summary: string;
  status: string;
  championship: EntityRef | null;
  jointClassification: { championships: EntityRef[] } | null;
  season: string | null;
  class: EntityRef | null;
  classDecided: boolean;
  classOptions: EntityRef[];
  position: number;
  lastPosition: number | null;
  beneficiary: string | null;
  entryClass: EntityRef | null;
  grantors: EntityRef[];
  statedOn: { text: string; firstDay: string };
  decidedOn: { text: string; firstDay: string } | null;
  supersedes: { id: string } | null;
  supersededBy: { id: string } | null;
  awards: { recipient: EntityRef }[];
  citations: CitationRef[];
}

interface LeMansPageData {
  automaticEntries: Rule[];
  history: { statedOn: { firstDay: string }; decidedOn: { firstDay: string } | null }[];
}

export function isLeMansPath(pathname: string): boolean {
  return pathname.startsWith(LE_MANS_PREFIX);
}

export async function answerLeMansPage(request: IncomingMessage, response: ServerResponse, url: URL, app: AppServices): Promise<void> {
  const editionText = url.pathname.slice(LE_MANS_PREFIX.length);
  if (!/^\d{4}$/.test(editionText)) return sendBadRequest(request, response, `An edition is a year, such as /le-mans/2024; got “${decodeURIComponent(editionText)}”.`);
  const knownAt = url.searchParams.get("knownAt") ?? undefined;
  const variables = { edition: Number(editionText), knownAt };
  const result = await runPageOperation<LeMansPageData>(app, "LeMansPage", variables);
  if (result.errors?.length || !result.data) return sendErrorPage(request, response, result.errors ?? [], editionText);
  const { automaticEntries, history } = result.data;
  const days = changeDays(history);
  await sendPage(request, response, 200, {
    title: `24 Hours of Le Mans ${editionText}: automatic entries`,
    lead: knownAt ? `As the sources had them on ${knownAt}.` : "As known today.",
    graphiql: graphiqlLink("LeMansPage", variables),
    chartData: { days },
    body: html`${knownAtControl(knownAt, days)}
      <div id="entries">
      <p class="time-note">${automaticEntries.length} rules${knownAt ? ` known on ${knownAt}` : ""}, replaced ones included.</p>
      ${automaticEntries.length === 0 ? html`<p>No automatic entry was known then.</p>` : entriesTable(automaticEntries)}
      </div>`,
  });
}

/** Every day a rule was stated or decided: the steps of the story. */
function changeDays(history: LeMansPageData["history"]): string[] {
  const days = new Set<string>();
  for (const rule of history) {
    days.add(rule.statedOn.firstDay);
    if (rule.decidedOn) days.add(rule.decidedOn.firstDay);
  }
  return [...days].sort();
}

function knownAtControl(knownAt: string | undefined, days: string[]): Html {
  return html`<form class="time-form known-at" method="get">
    <label>As known on (knownAt) <input id="known-at" name="knownAt" value="${knownAt ?? ""}" placeholder="2022, 2022-06 or 2022-06-01" inputmode="numeric" size="22"></label>
    <button type="submit">Show</button>
    <div id="known-at-slider" hidden></div>
  </form>
  <nav class="change-days" aria-label="Days the rules changed"><p>The days the rules changed:
    ${days.map((day) => html`<a href="?knownAt=${day}"${day === knownAt ? html` aria-current="page"` : ""}>${day}</a> `)}
    <a href="?">today</a></p></nav>`;
}

function entriesTable(rules: Rule[]): Html {
  return html`<div class="table-scroll"><table class="statements entries"><thead><tr>
    <th scope="col">Result that qualifies</th><th scope="col">Season</th><th scope="col">Class</th><th scope="col">Position</th><th scope="col">Entry for</th><th scope="col">Status</th><th scope="col">Stated</th><th scope="col">Awarded to</th><th scope="col">Sources</th>
  </tr></thead><tbody>${rules.map(ruleRow)}</tbody></table></div>`;
}

function ruleRow(rule: Rule): Html {
  const from = rule.championship ? entityLink(rule.championship) : rule.jointClassification ? html`joint: ${joinLinks(rule.jointClassification.championships)}` : "";
  const cls = rule.classDecided ? (rule.class ? entityLink(rule.class) : "") : html`<em>undecided:</em> ${joinLinks(rule.classOptions)}`;
  const position = rule.lastPosition ? `${rule.position}–${rule.lastPosition}` : String(rule.position);
  return html`<tr id="${rule.id}" class="status-row-${rule.status.toLowerCase()}"><td>${from}<br><span class="summary">${rule.summary}</span></td>
    <td>${rule.season ?? "not said"}</td><td>${cls}</td><td>${position}</td><td>${rule.entryClass ? entityLink(rule.entryClass) : ""}${rule.beneficiary ? html`<br>${rule.beneficiary.toLowerCase()}` : ""}</td>
    <td>${statusBadge(rule.status)}</td><td>${rule.statedOn.text}${rule.decidedOn ? html`<br>decided ${rule.decidedOn.text}` : ""}</td>
    <td>${rule.awards.length > 0 ? joinLinks(rule.awards.map((award) => award.recipient)) : "—"}</td><td>${citationList(rule.citations)}</td></tr>`;
}
